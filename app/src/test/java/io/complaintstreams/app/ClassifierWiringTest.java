package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.classifier.Classification;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierWiringTest {
    @Test
    void shouldUseTheBuiltInModelWithoutAModelFile() throws Exception {
        assertSame(Classifier.defaultModel(), ClassifierWiring.classifier(config(Map.of())).get());
    }

    @Test
    void shouldRefuseToStartWithAModelFileThatIsNotOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.bin");
        Files.writeString(file, "not a model");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierWiring.classifier(config(Map.of("classifier.model-file", file.toString()))));
        assertTrue(e.getMessage().startsWith("classifier.model-file " + file), e.getMessage());
    }

    @Test
    void shouldWeighThemesWithSentenceEmbeddingsWhenAskedTo() throws Exception {
        Classifier c = ClassifierWiring.classifier(config(Map.of("classifier.theme-embeddings", "true"))).get();
        assertSame(Classifier.defaultModelWithEmbeddings(), c);
        String text = "Dear Sir, the damp in the back bedroom has come back and nobody has answered my two letters.";
        Classification plain = Classifier.defaultModel().classify(Source.CONTACT, text);
        Classification both = c.classify(Source.CONTACT, text);
        assertEquals(plain.dissatisfied(), both.dissatisfied());
        assertEquals(plain.confidence(), both.confidence(), 0.0);
    }

    @Test
    void shouldRefuseAThemeEmbeddingsSettingThatIsNotABoolean() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierWiring.classifier(config(Map.of("classifier.theme-embeddings", "yes"))));
        assertTrue(e.getMessage().startsWith("classifier.theme-embeddings must be true or false"), e.getMessage());
    }

    private static AppConfig config(Map<String, String> flags) throws java.io.IOException {
        Map<io.complaintstreams.config.ConfigKey, String> given = new java.util.HashMap<>();
        flags.forEach((k, v) -> given.put(AppConfig.ALL.stream().filter(c -> c.name().equals(k)).findFirst().orElseThrow(), v));
        return AppConfig.load(null, Map.of(), given);
    }
}

package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.classifier.Classifier;
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

    private static AppConfig config(Map<String, String> flags) throws java.io.IOException {
        return AppConfig.load(null, Map.of(), flags.isEmpty() ? Map.of() : Map.of(AppConfig.CLASSIFIER_MODEL_FILE,
                flags.get("classifier.model-file")));
    }
}

package io.complaintstreams.app;

import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.ModelFile;
import io.complaintstreams.config.AppConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which classifier the topology uses: the built-in model (trained from the corpus on first use), or the model file of
 * {@code classifier.model-file} (written by {@code classify --retrain}), read once at start-up so that a missing or
 * incompatible file stops the start with its reason rather than the first record; with
 * {@code classifier.theme-embeddings=true}, either one also weighs themes, and the dissatisfied answer where the linear
 * model is unsure, with sentence embeddings ({@link Classifier#withEmbeddingThemes()}, built at start-up).
 */
public final class ClassifierWiring {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifierWiring.class);

    private ClassifierWiring() {}

    /** @throws IllegalArgumentException when the model file cannot be read or was made by another build */
    public static Supplier<Classifier> classifier(AppConfig config) {
        String raw = config.get(AppConfig.CLASSIFIER_THEME_EMBEDDINGS).trim();
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("classifier.theme-embeddings must be true or false, got '" + raw + "'");
        }
        Supplier<Classifier> chosen = linear(config);
        if (!Boolean.parseBoolean(raw)) {
            return chosen;
        }
        Classifier withEmbeddings = chosen.get().withEmbeddingThemes();
        LOG.info("Classifier themes, and dissatisfaction where the linear model is unsure, also weighed with sentence embeddings (classifier.theme-embeddings=true)");
        return () -> withEmbeddings;
    }

    private static Supplier<Classifier> linear(AppConfig config) {
        String file = config.get(AppConfig.CLASSIFIER_MODEL_FILE).trim();
        if (file.isEmpty()) {
            return Classifier::defaultModel;
        }
        Path path = Path.of(file);
        try {
            Classifier loaded = ModelFile.load(path);
            LOG.info("Classifier model {} ({}; weights fingerprint {})", path, ModelFile.header(path).trainedOn(),
                    Long.toHexString(loaded.fingerprint()));
            return () -> loaded;
        } catch (IOException e) {
            throw new IllegalArgumentException("classifier.model-file " + path + ": " + e.getMessage(), e);
        }
    }
}

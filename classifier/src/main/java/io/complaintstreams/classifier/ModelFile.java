package io.complaintstreams.classifier;

import io.complaintstreams.classifier.internal.FeatureExtractor;
import io.complaintstreams.classifier.internal.Lexicons;
import io.complaintstreams.classifier.internal.LinearModel;
import io.complaintstreams.classifier.internal.OtherLanguageLexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained classifier saved to a file ({@code classify --retrain} writes it; {@code classifier.model-file} and
 * {@code classify --model} read it), so that the app runs a model retrained with officers' resolutions without
 * training at start-up. Gzipped {@link DataOutputStream}: the text {@value #MAGIC}, the format version, the
 * {@link #featureFingerprint()} of the build that trained it, a one-line description of what it was trained on, the
 * theme threshold, the Platt calibration (a, b), then the weights ({@link LinearModel#writeTo}). Features are hashed
 * words and lexicon rules, so a model only fits the build whose lexicons and feature code made it: loading a file
 * made by another build is refused with an error naming both fingerprints (retrain with the new build).
 */
public final class ModelFile {
    static final String MAGIC = "complaint-streams-classifier";
    static final int VERSION = 1;
    /** Resources and classes that decide which features a text has; a change in any of them makes a new fingerprint. */
    private static final List<String> FEATURE_SOURCES = List.of("/io/complaintstreams/classifier/lexicons.txt",
            "/io/complaintstreams/classifier/other_languages.txt",
            "/io/complaintstreams/classifier/internal/FeatureExtractor.class",
            "/io/complaintstreams/classifier/internal/Tokenizer.class",
            "/io/complaintstreams/classifier/internal/TokenizedText.class",
            "/io/complaintstreams/classifier/internal/LexiconHits.class",
            "/io/complaintstreams/classifier/internal/Lexicons.class",
            "/io/complaintstreams/classifier/Sentences.class");

    /** What a model file says about itself. */
    public record Header(String fingerprint, String trainedOn) {
    }

    private ModelFile() {
    }

    /** Writes {@code classifier} to {@code file} (through a temporary file, then an atomic move). */
    public static void save(Classifier classifier, Path file, String trainedOn) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp))))) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(featureFingerprint());
            out.writeUTF(trainedOn);
            out.writeDouble(classifier.themeThreshold());
            out.writeDouble(classifier.calibration().a());
            out.writeDouble(classifier.calibration().b());
            classifier.model().writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a model file.
     *
     * @throws IOException              when the file cannot be read or is not a model file
     * @throws IllegalArgumentException when it was trained by a build with other features (names both fingerprints)
     */
    public static Classifier load(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            Header header = header(in, file);
            if (!header.fingerprint().equals(featureFingerprint())) {
                throw new IllegalArgumentException("classifier model " + file + " was trained by a build with other features ("
                        + header.fingerprint() + ", this build " + featureFingerprint()
                        + "): retrain it with classify --retrain");
            }
            double themeThreshold = in.readDouble();
            Calibration calibration = new Calibration(in.readDouble(), in.readDouble());
            LinearModel model = LinearModel.readFrom(in);
            return new Classifier(new FeatureExtractor(Lexicons.fromResource()), model, themeThreshold, calibration,
                    OtherLanguageLexicon.fromResource());
        }
    }

    /** The header of a model file, without loading its weights. */
    public static Header header(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            return header(in, file);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        try {
            return new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        } catch (java.util.zip.ZipException e) {
            raw.close();
            throw new IOException("not a classifier model file (not gzip): " + file, e);
        }
    }

    private static Header header(DataInputStream in, Path file) throws IOException {
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            throw new IOException("not a classifier model file: " + file, e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a classifier model file: " + file);
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("classifier model " + file + " has format version " + version + ", this build reads " + VERSION);
        }
        return new Header(in.readUTF(), in.readUTF());
    }

    /** CRC-32 (hex) over the lexicons and the feature code of this build. */
    public static String featureFingerprint() {
        CRC32 crc = new CRC32();
        for (String name : FEATURE_SOURCES) {
            try (InputStream in = ModelFile.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing classifier resource " + name);
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format("%08x", crc.getValue());
    }
}

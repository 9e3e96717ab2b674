package io.complaintstreams.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.classifier.corpus.LabelledTsv;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 item 3: retraining with a landlord's own rows (officers' resolutions) and the model file the app reads. */
class RetrainingTest {
    /** A local word the corpus never saw, as a landlord's residents might use it. */
    private static final String LOCAL = "The Zedwick lot flumpered my kitchen on Tuesday.";

    @TempDir
    Path dir;

    @Test
    void shouldSaveAndLoadAModelThatAnswersExactlyAsTheTrainedOne() throws IOException {
        Classifier trained = Classifier.defaultModel();
        Path file = dir.resolve("model.bin");
        ModelFile.save(trained, file, "the project corpus");
        Classifier loaded = ModelFile.load(file);
        assertTrue(loaded.sameWeightsAs(trained));
        assertEquals("the project corpus", ModelFile.header(file).trainedOn());
        for (String text : List.of("Third time I have asked about the mould and nobody has come.", "Thanks, all sorted.",
                "Nie jestem zadowolony z naprawy", "great service 🙄", LOCAL)) {
            assertEquals(trained.classify(Source.CONTACT, text), loaded.classify(Source.CONTACT, text), text);
        }
    }

    @Test
    void shouldLearnALandlordsOwnWordingFromResolutionRowsWithoutTouchingThemes() throws IOException {
        assertFalse(Classifier.defaultModel().classify(Source.CONTACT, LOCAL).dissatisfied(), "precondition: unknown wording");
        Path rows = dir.resolve("resolutions.tsv");
        List<String> lines = new ArrayList<>(List.of(LabelledTsv.HEADER));
        String[] variants = {"Flumpered by the Zedwick lot.", "The Zedwick lot flumpered the job.",
                "Flumpered. Zedwick.", "Zedwick lot flumpered my bathroom", "flumpered, Zedwick",
                "Zedwick have flumpered it", "Flumpered by Zedwick on Monday", "Zedwick flumpered the door"};
        for (int i = 0; i < variants.length; i++) {
            lines.add("OR-t" + i + "\tcontact\t1\t?\t" + variants[i]);
        }
        Files.write(rows, lines);
        Path model = dir.resolve("model.bin");
        Retraining.Result result = Retraining.retrain(List.of(rows), model);
        assertEquals(8, result.addedRows());
        assertEquals(8, result.addedThemesUnlabelled());
        Classifier retrained = ModelFile.load(model);
        Classification c = retrained.classify(Source.CONTACT, LOCAL);
        assertTrue(c.dissatisfied(), c.reasons().toString());
        assertTrue(c.reasons().stream().filter(r -> r.startsWith("theme "))
                        .noneMatch(r -> r.contains("flumpered") || r.contains("zedwick")),
                "rows with themes '?' give the new words no theme weight: " + c.reasons());
        assertEquals(result.fingerprint(), Retraining.train(LabelledTsv.read(java.nio.file.Files.newBufferedReader(rows)))
                .fingerprint(), "retraining is deterministic");
    }

    @Test
    void shouldRefuseAnAddedRowWhoseIdIsAlreadyInTheCorpus() {
        var rows = LabelledTsv.read(new StringReader(LabelledTsv.HEADER + "\nH001\tcontact\t1\t?\tsome text\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Retraining.train(rows));
        assertTrue(e.getMessage().contains("H001"), e.getMessage());
    }

    @Test
    void shouldRefuseAModelFileMadeByABuildWithOtherFeatures() throws IOException {
        Path file = dir.resolve("other.bin");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF(ModelFile.MAGIC);
            out.writeInt(ModelFile.VERSION);
            out.writeUTF("00000000");
            out.writeUTF("an older build");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("00000000") && e.getMessage().contains("retrain"), e.getMessage());
        Files.writeString(dir.resolve("text.bin"), "not a model");
        assertThrows(IOException.class, () -> ModelFile.load(dir.resolve("text.bin")));
    }

    @Test
    void shouldRefuseALabelledRowWithAnExtraColumnNamingItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledTsv.read(new StringReader(
                LabelledTsv.HEADER + "\nOR-1\tsurvey\t0\t?\tFine thanks\nOR-2\tsurvey\t0\t?\tFine\tthanks\n")));
        assertTrue(e.getMessage().startsWith("line 3: expected 5 tab-separated columns"), e.getMessage());
        assertTrue(e.getMessage().contains("got 6"), e.getMessage());
    }

    @Test
    void shouldReadThemesNotLabelledAsQuestionMarkAndWriteThemBack() {
        var r = LabelledTsv.read(new StringReader(LabelledTsv.HEADER + "\nOR-1\tsurvey\t0\t?\tFine thanks\n")).get(0);
        assertFalse(r.themesLabelled());
        assertEquals("OR-1\tsurvey\t0\t?\tFine thanks", LabelledTsv.format(r));
        assertEquals("OR-1\tsurvey\t0\t?\tFine thanks", LabelledTsv.format(new LabelledRecord("OR-1", Source.SURVEY, false, List.of(),
                "Fine\tthanks", false)), "a tab in the text is written as a space");
        assertThrows(IllegalArgumentException.class, () -> LabelledTsv.read(new StringReader(LabelledTsv.HEADER + "\nX\tcontact\tyes\t\tx\n")));
    }
}

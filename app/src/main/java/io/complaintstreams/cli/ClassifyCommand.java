package io.complaintstreams.cli;

import io.complaintstreams.app.PrivacyWiring;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.ClassifyRunner;
import io.complaintstreams.classifier.ModelFile;
import io.complaintstreams.classifier.Retraining;
import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.topics.Topics;
import io.complaintstreams.training.ResolutionExport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Dissatisfaction and theme classifier (Code 1.2, 1.3, 1.5, 1.6).",
                "Classify: --input FILE [--model MODEL]. Input: TSV with a header row, or JSON lines; columns/fields id, source (contact|service_request|survey), text.",
                "Output: {\"id\",\"dissatisfied\",\"themes\":[...],\"action\",\"confidence\",\"needsReview\",\"reviewReason\",\"reasons\":[...]} per record.",
                "A bad line gives {\"line\":N,\"error\":\"...\",\"field\":\"...\"} and exit code 2.",
                "Export officers' resolutions as training rows: --export-resolutions --output FILE (reads complaints.alert-resolutions and the records they resolved).",
                "Retrain: --retrain --with FILE [--with FILE...] --model-out MODEL [--measure FILE...]; point the app at MODEL with classifier.model-file."})
public final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "TSV or JSON-lines file to classify, or - for standard input.")
    String input;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
            description = "Encoding of the input (default: ${DEFAULT-VALUE}; a byte order mark is skipped); windows-1252 for Excel's plain CSV/TSV. A line not valid in it gets an error line naming the encoding.")
    String encoding;

    @Option(names = "--model", paramLabel = "MODEL", description = "Classify with this model file (from --retrain) instead of the built-in model.")
    Path model;

    @Option(names = "--theme-embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also weigh themes, and dissatisfaction where the linear model is unsure, with sentence embeddings (default: ${DEFAULT-VALUE}; better on real text, "
                    + "about 50 times the linear model's CPU per record); --no-theme-embeddings: the linear model alone, as the app by default.")
    boolean themeEmbeddings;

    @Option(names = "--export-resolutions", description = "Write officers' resolutions as labelled rows (id source dissatisfied themes text; themes '?': not labelled) to --output.")
    boolean exportResolutions;

    @Option(names = "--output", paramLabel = "FILE", description = "Where --export-resolutions writes (- for standard output). The rows hold residents' words: personal data.")
    String output;

    @Option(names = "--retrain", description = "Train on the project's corpus plus the --with files and write --model-out.")
    boolean retrain;

    @Option(names = "--with", paramLabel = "FILE", description = "Labelled TSV rows to add (header id source dissatisfied themes text); repeatable.")
    List<Path> with = new ArrayList<>();

    @Option(names = "--model-out", paramLabel = "MODEL", description = "The model file --retrain writes.")
    Path modelOut;

    @Option(names = "--measure", paramLabel = "FILE", description = "Labelled TSV never trained on: print the figures of the built-in and the retrained model on it; repeatable.")
    List<Path> measure = new ArrayList<>();

    @Option(names = "--bootstrap-servers", description = InstanceTarget.BOOTSTRAP_HELP)
    String bootstrapServers;

    @Option(names = "--topic-prefix", description = InstanceTarget.PREFIX_HELP)
    String topicPrefix;

    @Option(names = "--data-dir", defaultValue = "./data", description = InstanceTarget.DATA_DIR_HELP + " Also where the master key is found.")
    Path dataDir;

    @Option(names = "--master-key-file", paramLabel = "FILE", description = "The master key file (else "
            + "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY, else DATA_DIR/privacy/master.key).")
    Path masterKeyFile;

    @Option(names = "--text-retention", defaultValue = "P6Y", paramLabel = "PERIOD",
            description = "privacy.text-retention of the app: text older than this is not exported (default: ${DEFAULT-VALUE}).")
    String textRetention;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Give up reading the topics after (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        int modes = (input != null ? 1 : 0) + (exportResolutions ? 1 : 0) + (retrain ? 1 : 0);
        if (modes != 1) {
            throw new BadInputException("give exactly one of --input, --export-resolutions, --retrain");
        }
        if (exportResolutions) {
            return export();
        }
        if (retrain) {
            return retrain();
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Charset charset = InputFiles.encoding(encoding);
        Classifier chosen = model == null ? Classifier.defaultModel() : loadModel(model);
        ClassifyRunner runner = new ClassifyRunner(themeEmbeddings ? chosen.withEmbeddingThemes() : chosen);
        try (LineReader in = new LineReader(InputFiles.open(input), charset)) {
            InputFiles.stateEncoding("classify", charset);
            int code = runner.run(in, out);
            out.flush();
            return code;
        }
    }

    static Classifier loadModel(Path file) {
        try {
            return ModelFile.load(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read the classifier model " + file + ": " + e.getMessage());
        }
    }

    private int export() throws Exception {
        if (output == null) {
            throw new BadInputException("--export-resolutions needs --output FILE (or - for standard output)");
        }
        var master = PrivacyWiring.forClient(System.getenv(), masterKeyFile, dataDir);
        InstanceTarget target = InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix);
        System.err.println(target.describe());
        ResolutionExport.Export export = new ResolutionExport(new KafkaClientConfig(target.bootstrapServers(), Map.of()),
                new Topics(target.topicPrefix()), master, TextRetention.parse(textRetention)).export(Duration.ofSeconds(timeoutSeconds));
        boolean stdout = output.equals("-");
        try (Writer w = stdout ? new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            w.write(LabelledTsv.HEADER + "\n");
            for (var row : export.rows()) {
                w.write(LabelledTsv.format(row) + "\n");
            }
        }
        System.err.println(export.summary());
        return Main.OK;
    }

    private int retrain() throws Exception {
        if (with.isEmpty() || modelOut == null) {
            throw new BadInputException("--retrain needs at least one --with FILE and --model-out MODEL");
        }
        for (Path p : with) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException("--with " + p + ": no such file");
            }
        }
        Retraining.Result result = Retraining.retrain(with, modelOut);
        System.out.printf("Trained on the project corpus (%d rows) and %d added row(s) (%d with themes not labelled: "
                        + "they train dissatisfaction only); wrote %s (weights fingerprint %016x, features %s).%n",
                result.corpusRows(), result.addedRows(), result.addedThemesUnlabelled(), modelOut, result.fingerprint(),
                ModelFile.featureFingerprint());
        Classifier retrained = ModelFile.load(modelOut);
        for (Path m : measure) {
            var gold = LabelledTsv.read(Files.newBufferedReader(m, StandardCharsets.UTF_8));
            Retraining.printFigures(System.out, m.getFileName() + " built-in model", Classifier.defaultModel(), gold);
            Retraining.printFigures(System.out, m.getFileName() + " retrained model", retrained, gold);
        }
        System.out.println("Run the app with it: classifier.model-file=" + modelOut.toAbsolutePath()
                + " (or COMPLAINT_STREAMS_CLASSIFIER_MODEL_FILE).");
        return Main.OK;
    }
}

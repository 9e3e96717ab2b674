package io.complaintstreams.cli;

import io.complaintstreams.app.PrivacyWiring;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.domain.validation.InstantParser;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.ingest.file.FileImporter;
import io.complaintstreams.ingest.file.ImportOptions;
import io.complaintstreams.ingest.file.ImportSummary;
import io.complaintstreams.ingest.mapping.ExportMapping;
import io.complaintstreams.ingest.publish.KafkaEventPublisher;
import io.complaintstreams.ingest.publish.KafkaPublisherSettings;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Publishes JSON-lines or CSV files to the input topics.",
                "Shows a progress bar.",
                "File names choose the topic: crm.contacts.jsonl, contacts.csv, crm.service-requests.jsonl, surveys.csv,",
                "complaint-events.jsonl ... Bad rows go to complaints.dead-letter with error-reason, error-field and",
                "source-topic headers; the rest is published. Re-importing a file changes nothing downstream (event ids",
                "are derived from content). Exit 0 when every row was published, 2 when some were dead-lettered.",
                "With --mapping FILE a source's own export (e.g. a Dynamics 365 case export) is mapped onto our fields."})
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR|FILE", description = "A directory of files, or one file.")
    Path input;

    @Option(names = "--mapping", paramLabel = "FILE", description = {
            "A source's mapping file (YAML; examples in config/mappings/): which files it reads, its columns, codes and",
            "date formats onto our fields. Rows it cannot read are dead-lettered naming the source column."})
    Path mapping;

    @Option(names = "--bootstrap-servers", description = InstanceTarget.BOOTSTRAP_HELP)
    String bootstrapServers;

    @Option(names = "--topic-prefix", description = InstanceTarget.PREFIX_HELP)
    String topicPrefix;

    @Option(names = "--batch-size", defaultValue = "500", description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--future-tolerance-seconds", defaultValue = "300", paramLabel = "SECONDS",
            description = "Rows whose occurredAt is more than SECONDS ahead of now are dead-lettered (default: ${DEFAULT-VALUE}).")
    long futureToleranceSeconds;

    @Option(names = "--timestamp-floor", defaultValue = "2000-01-01T00:00:00Z", paramLabel = "INSTANT",
            description = "Rows whose occurredAt is before INSTANT are dead-lettered (default: ${DEFAULT-VALUE}).")
    String timestampFloor;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
            description = {"Encoding of the files (default: ${DEFAULT-VALUE}; a UTF-8 byte order mark is skipped). Excel's plain CSV is",
                    "windows-1252. A line not valid in it is dead-lettered naming the encoding, never published altered."})
    String encoding;

    private TimestampBounds timestampBounds() {
        if (futureToleranceSeconds < 0) {
            throw new BadInputException("--future-tolerance-seconds must not be negative");
        }
        Instant floor = InstantParser.parse(timestampFloor)
                .orElseThrow(() -> new BadInputException("--timestamp-floor must be an ISO-8601 instant, got '" + timestampFloor + "'"));
        return new TimestampBounds(floor, Duration.ofSeconds(futureToleranceSeconds));
    }
    @Option(names = "--data-dir", defaultValue = "./data", description = "Where `run` keeps its data: its instance.json gives the "
            + "broker and topic prefix when no flag does, its privacy/master.key encrypts the free text (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--master-key-file", paramLabel = "FILE", description = "The master key file (else "
            + "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY, else DATA_DIR/privacy/master.key).")
    Path masterKeyFile;

    @Option(names = "--yes", description = "Do not ask before importing history into an instance that dates deadlines by the wall clock.")
    boolean yes;

    @Option(names = "--no-encrypt-text", description = "Publish free text in clear (privacy.encrypt-text=false).")
    boolean noEncryptText;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            throw new BadInputException("--input " + input + " does not exist");
        }
        ExportMapping exportMapping = null;
        if (mapping != null) {
            if (!Files.isRegularFile(mapping)) {
                throw new BadInputException("--mapping " + mapping + " is not a file");
            }
            exportMapping = ExportMapping.load(mapping);
        }
        InstanceTarget target = InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix);
        System.err.println(target.describe());
        if (!HistoryCheck.confirmed(target, input, exportMapping != null, yes)) {
            System.err.println("Nothing imported.");
            return Main.BAD_INPUT;
        }
        // a batch of --batch-size records may take longer than an HTTP request's 10 s on a busy machine: wait up to a minute
        var publisherSettings = KafkaPublisherSettings.defaults().withTransactionalIdPrefix("complaint-streams-import")
                .withAckTimeout(Duration.ofSeconds(60));
        Topics topics = new Topics(target.topicPrefix());
        Optional<MasterKey> key = noEncryptText ? Optional.empty() : Optional.of(PrivacyWiring.forClient(System.getenv(), masterKeyFile, dataDir));
        try (EventPublisher publisher = PrivacyWiring.publisher(
                new KafkaEventPublisher(new KafkaClientConfig(target.bootstrapServers(), Map.of()).asProperties(), publisherSettings),
                AppConfig.defaults(), key, topics)) {
            var importer = new FileImporter(topics, publisher,
                    new ImportOptions(batchSize, !noProgress, timestampBounds(), InputFiles.encoding(encoding)),
                    exportMapping);
            // Ctrl-C during the import: say what that left, since the summary below is never reached
            Thread interrupted = new Thread(() -> System.err.println("\nImport interrupted before the end: the batches the broker "
                    + "acknowledged stay published, the rest were not sent. Running the same import again is safe: event ids "
                    + "come from the rows' content and repeats are dropped."), "import-interrupted");
            Runtime.getRuntime().addShutdownHook(interrupted);
            ImportSummary summary = importer.importPath(input);
            Runtime.getRuntime().removeShutdownHook(interrupted);
            for (var file : summary.files()) {
                System.err.printf("  %-40s %,9d rows  %,9d published  %,6d dead-lettered%s%n", file.file(), file.rowsRead(),
                        file.published(), file.deadLettered(), file.readAs().equals(InputFiles.encoding(encoding)) ? ""
                                : "  (read as " + file.readAs().name() + ": its byte order mark)");
                for (var refusal : file.firstRefusals()) {
                    System.err.printf("      line %d, field %s: %s%n", refusal.line(), refusal.field(), refusal.reason());
                }
                if (file.deadLettered() > file.firstRefusals().size()) {
                    System.err.printf("      ... and %,d more (every one on complaints.dead-letter with error-reason, error-field and "
                            + "source-line: bin/complaint-streams tail complaints.dead-letter)%n", file.deadLettered() - file.firstRefusals().size());
                }
            }
            summary.skippedFiles().forEach(s -> System.err.println("  skipped " + s.file() + ": " + s.reason()));
            ImportHints.of(summary, mapping != null).ifPresent(hint -> System.err.println("  " + hint));
            boolean otherEncoding = summary.files().stream().anyMatch(f -> !f.readAs().equals(InputFiles.encoding(encoding)));
            System.err.printf("Imported %,d rows (read as %s%s): %,d published, %,d to the dead-letter topic%n", summary.rowsRead(),
                    InputFiles.encoding(encoding).name(), otherEncoding ? " unless said above" : "", summary.published(),
                    summary.deadLettered());
            if (summary.files().isEmpty()) {
                System.err.println("Nothing imported: no file of " + input + " is read (the reasons above); exit 2");
                return Main.BAD_INPUT;
            }
            return summary.deadLettered() > 0 || summary.anyUnreadable() ? Main.BAD_INPUT : Main.OK;
        }
    }
}

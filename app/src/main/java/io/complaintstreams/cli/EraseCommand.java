package io.complaintstreams.cli;

import io.complaintstreams.app.PrivacyWiring;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.erase.DeadLetterScan;
import io.complaintstreams.erase.ResidentErasure;
import io.complaintstreams.topics.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "erase", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Erases a resident's personal data (right to erasure; README 'Data protection').",
                "Deletes the resident's data keys (every month), so their free text is unreadable in every topic and store;",
                "asks the running topology to mask the resident id in its stores and in complaints.deadlines; keeps the",
                "anonymous counts (TSM, annual report); writes an audit record (who, when, why; a salted hash, not the id).",
                "Cannot be undone. Asks for confirmation unless --yes."})
public final class EraseCommand implements Callable<Integer> {
    @Option(names = "--resident", required = true, paramLabel = "ID", description = "The resident id, as the CRM gives it.")
    String residentId;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why, for the audit record (e.g. the reference of the resident's request). No personal data.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who asks (default: the operating-system user).")
    String by;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Mixin
    KeyHolderTarget keyHolder;

    @Option(names = "--master-key-file", paramLabel = "FILE", description = "The master key file (else "
            + "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY, else DATA_DIR/privacy/master.key).")
    Path masterKeyFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Give up after (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (residentId.isBlank()) {
            throw new BadInputException("--resident must not be blank");
        }
        if (reason.isBlank()) {
            throw new BadInputException("--reason must not be blank");
        }
        var master = PrivacyWiring.forClient(System.getenv(), masterKeyFile, keyHolder.dataDir);
        if (!yes && !confirmed()) {
            System.err.println("Not erased.");
            return Main.BAD_INPUT;
        }
        String who = by != null && !by.isBlank() ? by : System.getProperty("user.name", "unknown");
        InstanceTarget target = keyHolder.resolve();
        String topicPrefix = target.topicPrefix();
        var result = new ResidentErasure(new KafkaClientConfig(target.bootstrapServers(), Map.of()), new Topics(topicPrefix), master)
                .erase(residentId, who, reason, Duration.ofSeconds(timeoutSeconds));
        System.out.printf("Erasure %s: %d data key(s) deleted; the resident id becomes %s in the topology's stores and "
                        + "complaints.deadlines (request sent to %d partition(s)); audit record on %s.%n",
                result.requestId(), result.keysErased(), result.maskedId(), result.partitions(), new Topics(topicPrefix).erasureAudit.name());
        if (result.keysErased() == 0) {
            System.err.println("note: no data key was found for this resident id. If the id is right, the resident sent no free "
                    + "text (or was erased before); if it may be mistyped, check it against the CRM and erase again (the request "
                    + "above is recorded either way).");
        }
        reportDeadLetters(target, new Topics(topicPrefix).deadLetter());
        return Main.OK;
    }

    /** Dead letters are kept as received; retention, not erasure, deletes them: say how many may name the resident. */
    private void reportDeadLetters(InstanceTarget target, String topic) {
        try {
            var scan = DeadLetterScan.of(new KafkaClientConfig(target.bootstrapServers(), Map.of()), topic, residentId,
                    Duration.ofSeconds(timeoutSeconds));
            if (scan.records() == 0) {
                System.out.printf("%s: no refused record holds the resident id.%n", topic);
            } else if (scan.deletedBy().isPresent()) {
                System.out.printf("%s: %d refused record(s) may hold the resident id (kept as received; see README 'Dead letters'); "
                        + "the topic's retention deletes them by %s.%n", topic, scan.records(), scan.deletedBy().get());
            } else {
                System.out.printf("%s: %d refused record(s) may hold the resident id and the topic keeps records for ever "
                        + "(retention.ms=-1): set a retention (topic.dead-letter-retention-ms; kafka-configs) so they are deleted.%n",
                        topic, scan.records());
            }
        } catch (Exception e) {
            System.err.printf("%s could not be checked for the resident (%s); the erasure itself is done.%n", topic, e.getMessage());
        }
    }

    private static boolean confirmed() throws java.io.IOException {
        if (System.console() == null) {
            throw new BadInputException("erasure cannot be undone: confirm with --yes when not run from a terminal");
        }
        System.err.print("This makes the resident's free text unreadable everywhere and cannot be undone. Erase? [y/N] ");
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}

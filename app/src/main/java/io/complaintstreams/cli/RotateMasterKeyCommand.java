package io.complaintstreams.cli;

import io.complaintstreams.app.PrivacyWiring;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.erase.MasterKeyRotation;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rotate-master-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rotates the master key that wraps residents' data keys.",
                "README 'Keys and the master key'. Makes the new key file if it does not",
                "exist: a new random wrapping key that keeps the old key's resident references,",
                "so erase still finds every key. Then re-wraps, under the new key, every data key",
                "on complaints.resident-keys that the old key wrapped. Sealed records are not",
                "touched (their key ids stay). Re-runnable. Procedure:",
                " 1. rotate-master-key --generate-only --master-key-file OLD --new-master-key-file NEW",
                " 2. every instance, import and Connect worker on NEW, instances also with",
                "    privacy.previous-master-key-file=OLD; restart them",
                " 3. rotate-master-key --master-key-file OLD --new-master-key-file NEW",
                "    (re-wraps; exit 0: none left; OLD is needed again, as the default key",
                "    may already be NEW after step 2)",
                " 4. remove privacy.previous-master-key-file, restart; destroy OLD a day later",
                "    (complaints.resident-keys compacts the old versions within 24 h)"})
public final class RotateMasterKeyCommand implements Callable<Integer> {
    @Option(names = "--new-master-key-file", required = true, paramLabel = "FILE",
            description = "The new key's file: made (owner-only permissions) when it does not exist; else read.")
    Path newKeyFile;

    @Option(names = "--generate-only", description = "Only make the new key file; re-wrap nothing (step 1).")
    boolean generateOnly;

    @Option(names = "--master-key-file", paramLabel = "FILE", description = "The old (current) key's file (else "
            + "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY, else DATA_DIR/privacy/master.key).")
    Path masterKeyFile;

    @Mixin
    KeyHolderTarget keyHolder;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Give up after (default: ${DEFAULT-VALUE}; "
            + "reading a large complaints.resident-keys on a busy broker can take minutes).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        MasterKey old = PrivacyWiring.forClient(System.getenv(), masterKeyFile, keyHolder.dataDir);
        MasterKey rotated;
        if (Files.exists(newKeyFile)) {
            try {
                rotated = MasterKey.read(newKeyFile);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(newKeyFile + ": " + e.getMessage());
            }
            if (rotated.id().equals(old.id())) {
                throw new BadInputException(newKeyFile + " holds the same key (" + old.id() + ") as the old key read from "
                        + PrivacyWiring.clientKeySource(System.getenv(), masterKeyFile, keyHolder.dataDir)
                        + ": give the old key's file with --master-key-file OLD (after step 2 the default key may already be "
                        + "the new one), or a new file name to make a new key");
            }
            try {
                rotated.withPrevious(old);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(newKeyFile + " was not rotated from the old key: " + e.getMessage());
            }
            System.out.printf("New master key %s read from %s (rotated from %s).%n", rotated.id(), newKeyFile, old.id());
        } else {
            rotated = old.rotated();
            rotated.writeNew(newKeyFile);
            System.out.printf("New master key %s written to %s (owner-only permissions), rotated from %s. Put it in your "
                    + "secret store and back it up.%n", rotated.id(), newKeyFile, old.id());
        }
        if (generateOnly) {
            System.out.printf("Next: run every instance, import and Connect worker on the new key with "
                    + "privacy.previous-master-key-file set to the old one, then run:%n  rotate-master-key --master-key-file %s "
                    + "--new-master-key-file %s%n", masterKeyFile != null ? masterKeyFile : "OLD", newKeyFile);
            return Main.OK;
        }
        InstanceTarget target = keyHolder.resolve();
        Topics topics = new Topics(target.topicPrefix());
        MasterKeyRotation.Result r = new MasterKeyRotation(new KafkaClientConfig(target.bootstrapServers(), Map.of()), topics.residentKeys)
                .rotate(old, rotated, Duration.ofSeconds(timeoutSeconds));
        System.out.printf("%s: %d data key(s) re-wrapped under %s; %d already under it; %d key(s) of erased residents deleted%s.%n",
                topics.residentKeys.name(), r.rewrapped(), rotated.id(), r.alreadyNew(), r.erasedDeleted() + r.revivedDeleted(),
                r.revivedDeleted() > 0 ? " (" + r.revivedDeleted() + " erased while this ran)" : "");
        if (r.underOtherKeys() > 0) {
            System.err.printf("%d data key(s) are wrapped by other master keys %s, which neither key can unwrap: their text stays "
                    + "unreadable until re-wrapped with the key that made them.%n", r.underOtherKeys(), r.otherMasterKeyIds());
            return Main.FAILURE;
        }
        System.out.printf("No data key is left under %s. Next: remove privacy.previous-master-key-file from every instance and "
                + "restart them; destroy the old key once complaints.resident-keys has compacted (max.compaction.lag.ms, 24 h).%n", old.id());
        return Main.OK;
    }
}

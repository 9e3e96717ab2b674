package io.complaintstreams.app;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.SealingPublisher;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.streams.privacy.PrivacySettings;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key comes from, and the sealing of free text at ingest (README "Data protection"). In order:
 * {@code privacy.master-key} (environment {@code COMPLAINT_STREAMS_PRIVACY_MASTER_KEY}), {@code privacy.master-key-file},
 * then, for the embedded broker only, {@code DATA_DIR/privacy/master.key}, generated on the first run (owner-only
 * permissions, logged once at INFO). Against an external cluster with encryption on, a key must be given: every
 * instance and every import needs the same one.
 */
public final class PrivacyWiring {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyWiring.class);
    public static final String DEFAULT_KEY_FILE = "privacy/master.key";

    private PrivacyWiring() {}

    public static boolean encryptText(AppConfig config) {
        String raw = config.get(AppConfig.PRIVACY_ENCRYPT_TEXT).trim();
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("privacy.encrypt-text must be true or false, got '" + raw + "'");
        }
        return Boolean.parseBoolean(raw);
    }

    public static TextRetention retention(AppConfig config) {
        return TextRetention.parse(config.get(AppConfig.PRIVACY_TEXT_RETENTION));
    }

    /** The master key for a {@code run}; may generate it (embedded broker only). */
    public static Optional<MasterKey> masterKey(RunSettings settings) {
        AppConfig config = settings.config();
        Optional<MasterKey> given = given(config);
        if (given.isPresent()) {
            return given;
        }
        Path file = settings.dataDir().resolve(DEFAULT_KEY_FILE);
        if (Files.exists(file)) {
            return Optional.of(withPrevious(read(file), config));
        }
        if (config.embeddedBroker()) {
            MasterKey key = MasterKey.generate();
            try {
                key.writeNew(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the master key to " + file, e);
            }
            LOG.info("Generated the master key for residents' free text at {} (owner-only permissions; key id {}). "
                    + "Back it up: without it the text on the topics cannot be read. Production: supply it from a secret "
                    + "store (privacy.master-key-file or COMPLAINT_STREAMS_PRIVACY_MASTER_KEY).", file, key.id());
            return Optional.of(key);
        }
        if (encryptText(config)) {
            throw new IllegalArgumentException("privacy.encrypt-text is on and no master key is given: set "
                    + "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY or privacy.master-key-file (every instance and every import "
                    + "needs the same key), or privacy.encrypt-text=false");
        }
        return Optional.empty();
    }

    /**
     * The key from {@code privacy.master-key} or {@code privacy.master-key-file}, if either is set; during a rotation
     * also able to unwrap with {@code privacy.previous-master-key(-file)}.
     */
    public static Optional<MasterKey> given(AppConfig config) {
        String inline = config.get(AppConfig.PRIVACY_MASTER_KEY);
        if (!inline.isBlank()) {
            return Optional.of(withPrevious(MasterKey.fromBase64(inline), config));
        }
        String file = config.get(AppConfig.PRIVACY_MASTER_KEY_FILE);
        if (!file.isBlank()) {
            return Optional.of(withPrevious(read(Path.of(file)), config));
        }
        return Optional.empty();
    }

    /**
     * {@code key}, also unwrapping with the previous master key when one is configured (a rotation in progress).
     *
     * @throws IllegalArgumentException when the previous key is not the one {@code key} was rotated from
     */
    public static MasterKey withPrevious(MasterKey key, AppConfig config) {
        String inline = config.get(AppConfig.PRIVACY_PREVIOUS_MASTER_KEY);
        String file = config.get(AppConfig.PRIVACY_PREVIOUS_MASTER_KEY_FILE);
        Optional<MasterKey> previous = !inline.isBlank() ? Optional.of(MasterKey.fromBase64(inline))
                : !file.isBlank() ? Optional.of(read(Path.of(file))) : Optional.empty();
        if (previous.isEmpty()) {
            return key;
        }
        MasterKey both = key.withPrevious(previous.get());
        LOG.info("Master key {} with the previous key {} (a rotation in progress: data keys wrapped by either are read; new "
                + "ones are wrapped by {})", key.id(), previous.get().id(), key.id());
        return both;
    }

    /**
     * The master key for a command-line client (import, erase): {@code COMPLAINT_STREAMS_PRIVACY_MASTER_KEY}, else
     * {@code keyFile}, else {@code DATA_DIR/privacy/master.key} of the {@code run} it works with.
     *
     * @throws IllegalArgumentException naming where a key was looked for, when there is none
     */
    public static MasterKey forClient(Map<String, String> environment, Path keyFile, Path dataDir) {
        String env = clientKeyVariable(environment);
        if (env != null) {
            return MasterKey.fromBase64(env);
        }
        Path file = clientKeyFile(keyFile, dataDir);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no master key for residents' free text: " + file + " does not exist. Start `run` "
                    + "once (it makes one under its --data-dir), or give --master-key-file or "
                    + AppConfig.PRIVACY_MASTER_KEY.environmentVariable() + " (the key `run` uses)");
        }
        return read(file);
    }

    /** Where {@link #forClient} reads the key: the environment variable's name when it is set, else the key file. */
    public static String clientKeySource(Map<String, String> environment, Path keyFile, Path dataDir) {
        return clientKeyVariable(environment) != null ? AppConfig.PRIVACY_MASTER_KEY.environmentVariable()
                : clientKeyFile(keyFile, dataDir).toString();
    }

    private static String clientKeyVariable(Map<String, String> environment) {
        String env = environment.get(AppConfig.PRIVACY_MASTER_KEY.environmentVariable());
        return env == null || env.isBlank() ? null : env;
    }

    private static Path clientKeyFile(Path keyFile, Path dataDir) {
        return keyFile != null ? keyFile : dataDir.resolve(DEFAULT_KEY_FILE);
    }

    static MasterKey read(Path file) {
        try {
            return MasterKey.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the master key file " + file + ": " + e.getMessage());
        }
    }

    public static PrivacySettings topology(AppConfig config, Optional<MasterKey> key) {
        return new PrivacySettings(key, retention(config), PrivacySettings.DEFAULT_KEY_WAIT);
    }

    /** The sealer of other free text (officers' notes) when encryption is on and a key is known. */
    public static Optional<TextSealer> sealer(AppConfig config, Optional<MasterKey> key) {
        return !encryptText(config) || key.isEmpty() ? Optional.empty() : Optional.of(new TextSealer(new DataKeys(key.get())));
    }

    /** The publisher ingest uses: sealing free text when encryption is on and a key is known. */
    public static EventPublisher publisher(EventPublisher plain, AppConfig config, Optional<MasterKey> key, Topics topics) {
        if (!encryptText(config) || key.isEmpty()) {
            return plain;
        }
        return new SealingPublisher(plain, new TextSealer(new DataKeys(key.get())), topics);
    }
}

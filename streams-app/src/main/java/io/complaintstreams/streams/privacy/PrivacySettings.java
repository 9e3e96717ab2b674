package io.complaintstreams.streams.privacy;

import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import java.time.Duration;
import java.util.Optional;

/**
 * What the topology needs to read sealed free text and carry out erasures (README "Data protection").
 *
 * @param masterKey  unwraps residents' data keys and opens erasure requests; empty: sealed text is taken as absent
 *                   and erasure requests cannot be read
 * @param retention  {@code privacy.text-retention}: text of a month past it is taken as absent even before its keys
 *                   are deleted
 * @param keyWait    how long a classifier waits for a data key committed with its record but not yet read by the
 *                   global store's thread
 */
public record PrivacySettings(Optional<MasterKey> masterKey, TextRetention retention, Duration keyWait) {
    public static final Duration DEFAULT_KEY_WAIT = Duration.ofSeconds(10);

    /** No master key: plain text is classified, sealed text is not readable. */
    public static PrivacySettings none() {
        return new PrivacySettings(Optional.empty(), new TextRetention(TextRetention.DEFAULT), DEFAULT_KEY_WAIT);
    }

    public static PrivacySettings of(MasterKey key, TextRetention retention) {
        return new PrivacySettings(Optional.of(key), retention, DEFAULT_KEY_WAIT);
    }
}

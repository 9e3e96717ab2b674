package io.complaintstreams.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * Records a producer we do not control may write on an input topic (issue 9 section 6), built from one good
 * record's bytes: each with the fragment of the dead-letter reason it must get.
 */
public final class PoisonPills {
    /** One bad record: its key and value bytes (either may be null) and a fragment of the expected reason. */
    public record Pill(String name, byte[] key, byte[] value, String reason) {}

    private PoisonPills() {}

    /**
     * Wrong magic byte, unknown schema fingerprint, truncated datum, future {@code occurredAt} (the caller encodes
     * it: {@code futureValue}), null key, null value.
     */
    public static List<Pill> from(byte[] key, byte[] goodValue, byte[] futureValue) {
        byte[] wrongMagic = goodValue.clone();
        wrongMagic[0] = 0x00;
        byte[] unknownFingerprint = goodValue.clone();
        for (int i = 2; i < 10; i++) {
            unknownFingerprint[i] = (byte) ~unknownFingerprint[i];
        }
        byte[] truncated = Arrays.copyOf(goodValue, 10 + (goodValue.length - 10) / 3);
        return List.of(
                new Pill("wrong magic byte", key, wrongMagic, "not Avro single-object encoded"),
                new Pill("unknown fingerprint", key, unknownFingerprint, "unknown schema fingerprint"),
                new Pill("truncated datum", key, truncated, "cannot decode"),
                new Pill("future timestamp", key, futureValue, "occurredAt: too-far-future"),
                new Pill("null key", null, goodValue, "key: missing"),
                new Pill("null value", key, null, "value: missing"));
    }
}

package io.complaintstreams.privacy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Data key identities: {@code residentRef|YYYY-MM|suffix}. The period is the UTC calendar month of the encrypted
 * record's {@code occurredAt}; the random suffix lets several ingest processes each make their own key for the same
 * resident and month without a race. A resident's erased marker is {@code residentRef|erased}.
 */
public final class KeyIds {
    public static final String SEPARATOR = "|";
    public static final String ERASED = "erased";

    private KeyIds() {}

    public static YearMonth periodOf(Instant occurredAt) {
        return YearMonth.from(occurredAt.atOffset(ZoneOffset.UTC));
    }

    public static String newKeyId(String residentRef, YearMonth period) {
        return residentRef + SEPARATOR + period + SEPARATOR + HexFormat.of().formatHex(AesGcm.randomBytes(4));
    }

    /** The store/topic key that marks every key of a resident as erased. */
    public static String erasedMarker(String residentRef) {
        return residentRef + SEPARATOR + ERASED;
    }

    public static String residentRefOf(String keyId) {
        int i = keyId.indexOf(SEPARATOR);
        return i < 0 ? keyId : keyId.substring(0, i);
    }

    /** The period of a key id, or null for a marker or a malformed id. */
    public static YearMonth periodOfKeyId(String keyId) {
        String[] parts = keyId.split("\\|");
        if (parts.length != 3) {
            return null;
        }
        try {
            return YearMonth.parse(parts[1]);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}

package io.complaintstreams.classifier;

import java.util.Optional;

/** Where a record came from; decides the action taken on dissatisfaction (Code 1.3, 1.5, 1.6). */
public enum Source {
    CONTACT("contact"),
    SERVICE_REQUEST("service_request"),
    SURVEY("survey");

    private final String wire;

    Source(String wire) {
        this.wire = wire;
    }

    /** The name used in files and on the wire: {@code contact}, {@code service_request}, {@code survey}. */
    public String wire() {
        return wire;
    }

    /** Parses the wire name (case-insensitive, surrounding blanks ignored). */
    public static Optional<Source> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        for (Source s : values()) {
            if (s.wire.equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

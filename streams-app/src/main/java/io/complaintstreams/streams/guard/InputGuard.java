package io.complaintstreams.streams.guard;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.generic.IndexedRecord;

/**
 * What an input record must satisfy before the topology takes it: a key, a value, and an {@code occurredAt} within
 * {@link TimestampBounds} at the wall clock's "now" (the same bounds as HTTP ingest and import).
 *
 * @param bounds    floor and future tolerance of {@code occurredAt}
 * @param wallClock "now" for the future tolerance (the system clock in production)
 */
public record InputGuard(TimestampBounds bounds, Clock wallClock) {
    public static final String OCCURRED_AT = "occurredAt";

    public InputGuard {
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(wallClock, "wallClock");
    }

    /** Default bounds (2000-01-01, five minutes ahead) on the system clock. */
    public static InputGuard defaults() {
        return new InputGuard(TimestampBounds.defaults(), Clock.systemUTC());
    }

    /** Why a decoded input value must be refused, as "field: reason"; empty to accept. */
    public Optional<String> refuseValue(Object value) {
        if (value == null) {
            return Optional.of("value: missing (null); an input record carries an event");
        }
        if (!(value instanceof IndexedRecord record)) {
            return Optional.empty();
        }
        var field = record.getSchema().getField(OCCURRED_AT);
        if (field == null) {
            return Optional.empty();
        }
        if (!(record.get(field.pos()) instanceof Instant occurredAt)) {
            return Optional.of(OCCURRED_AT + ": missing");
        }
        return bounds.rejectReason(occurredAt, wallClock.instant()).map(reason -> OCCURRED_AT + ": " + reason);
    }

    /** Why a decoded input key must be refused; empty to accept. */
    public Optional<String> refuseKey(String key) {
        return key == null ? Optional.of("key: missing (null); input records are keyed by their id") : Optional.empty();
    }
}

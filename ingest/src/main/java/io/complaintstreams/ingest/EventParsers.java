package io.complaintstreams.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.validation.TimestampBounds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * JSON to Avro for the four input kinds (CONTRACTS section 2). Fields are checked in the contract's order
 * and the first bad one is reported; unknown fields are ignored. A missing {@code eventId} is derived from
 * the content ({@link EventIds}). Every instant must be within {@link TimestampBounds} at the clock's now.
 * Stateless and thread-safe.
 */
public final class EventParsers {
    private final TimestampBounds bounds;
    private final Clock clock;

    /** Default bounds (2000-01-01 to five minutes ahead) on the system clock. */
    public EventParsers() {
        this(TimestampBounds.defaults(), Clock.systemUTC());
    }

    public EventParsers(TimestampBounds bounds, Clock clock) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One JSON object. */
    public ParsedEvent parse(EventKind kind, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        return parseObject(kind, kind.parser(), new JsonFields(node, bounds, clock.instant()));
    }

    /**
     * A JSON object or an array of objects. All items are validated before any is returned; an error in the
     * item at index i names the field as {@code [i].field}.
     */
    public List<ParsedEvent> parseAll(EventKind kind, JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new ValidationException("body", "must be a JSON object or an array of JSON objects");
        }
        if (body.isObject()) {
            return List.of(parse(kind, body));
        }
        List<ParsedEvent> events = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            if (!item.isObject()) {
                throw new ValidationException("[" + i + "]", "must be a JSON object");
            }
            try {
                events.add(parse(kind, item));
            } catch (ValidationException e) {
                throw e.atIndex(i);
            }
        }
        return events;
    }

    private static <V extends SpecificRecordBase> ParsedEvent parseObject(
            EventKind kind, EventParser<V> parser, JsonFields fields) {
        String eventId = fields.optionalId("eventId");
        V value = parser.parse(fields);
        value.put("eventId", eventId != null ? eventId : EventIds.derive(value));
        return new ParsedEvent(kind, parser.key(value), value);
    }
}

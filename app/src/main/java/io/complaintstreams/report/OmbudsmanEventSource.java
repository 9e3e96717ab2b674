package io.complaintstreams.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.OmbudsmanEvent;
import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ombudsman.OmbudsmanFacts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ombudsman case events for the reports: from {@code crm.ombudsman-cases}, or a JSON-lines file; repeats (same eventId) once. */
public final class OmbudsmanEventSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OmbudsmanEventSource() {
    }

    /** Reads the topic without a consumer group (read_committed) up to the end offsets taken at start; none when it does not exist. */
    public static List<OmbudsmanFact> fromKafka(String bootstrapServers, String topic, Duration timeout) {
        Map<String, OmbudsmanFact> facts = new LinkedHashMap<>();
        TopicToEnd.read(TopicToEnd.bootstrap(bootstrapServers), topic, timeout, bytes -> {
            OmbudsmanFact f = OmbudsmanFacts.toDomain(EventSerdes.OMBUDSMAN_EVENT.decode(bytes));
            facts.putIfAbsent(f.eventId(), f);
        });
        return new ArrayList<>(facts.values());
    }

    /**
     * Ombudsman case events as JSON lines in the ingest field names (e.g. {@code crm.ombudsman-cases.jsonl} from
     * {@code generate}), validated and given eventIds as ingest does; a bad line throws naming its number and field.
     */
    public static List<OmbudsmanFact> fromJsonLines(LineReader reader) throws IOException {
        EventParsers parsers = new EventParsers();
        Map<String, OmbudsmanFact> facts = new LinkedHashMap<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            if (line.undecodable()) {
                throw new IllegalArgumentException("line " + line.number() + " " + line.error());
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line.text());
                OmbudsmanFact f = OmbudsmanFacts.toDomain((OmbudsmanEvent) parsers.parse(EventKind.OMBUDSMAN_CASES, node).value());
                facts.putIfAbsent(f.eventId(), f);
            } catch (ValidationException e) {
                throw new IllegalArgumentException("line " + line.number() + ": " + e.getMessage());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("line " + line.number() + ": not JSON: " + e.getOriginalMessage());
            }
        }
        return new ArrayList<>(facts.values());
    }
}

package io.complaintstreams.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.domain.io.LineReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Every complaint's facts for the reports: from the complaint-events topic, or from a JSON-lines file. */
public final class ComplaintEventSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComplaintEventSource() {
    }

    /**
     * Reads {@code topic} without a consumer group (read_committed) from the beginning up to the end offsets taken at
     * start, decoding with {@link EventSerdes#COMPLAINT_EVENT}; repeats (same eventId) count once.
     */
    public static Collection<List<ComplaintFact>> fromKafka(String bootstrapServers, String topic, Duration timeout) {
        Properties p = TopicToEnd.bootstrap(bootstrapServers);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        ComplaintEventFacts facts = new ComplaintEventFacts();
        TopicToEnd.read(p, topic, timeout, bytes -> facts.add(EventSerdes.COMPLAINT_EVENT.decode(bytes)));
        return facts.complaints();
    }

    /**
     * Complaint events as JSON lines in the ingest contract's field names (e.g. {@code crm.complaint-events.jsonl} from
     * {@code generate}), validated and given eventIds exactly as ingest does; a bad line (including one not valid in the
     * input's encoding) throws naming its number and field.
     */
    public static Collection<List<ComplaintFact>> fromJsonLines(Reader input) throws IOException {
        String all = new BufferedReader(input).lines().collect(Collectors.joining("\n"));
        return fromJsonLines(new LineReader(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8))));
    }

    /** As {@link #fromJsonLines(Reader)}, from the one {@link LineReader} (BOM skipped, CRLF handled, strict decoding). */
    public static Collection<List<ComplaintFact>> fromJsonLines(LineReader reader) throws IOException {
        EventParsers parsers = new EventParsers();
        ComplaintEventFacts facts = new ComplaintEventFacts();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            long lineNumber = line.number();
            if (line.undecodable()) {
                throw new IllegalArgumentException("line " + lineNumber + " " + line.error());
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line.text());
                facts.add((ComplaintEvent) parsers.parse(EventKind.COMPLAINT_EVENTS, node).value());
            } catch (ValidationException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": not JSON: " + e.getOriginalMessage());
            }
        }
        return facts.complaints();
    }
}

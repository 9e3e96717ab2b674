package io.complaintstreams.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Every complaint's facts across all instances, for TSM and the annual report: this instance's store plus each
 * other instance's, fetched from {@code GET /api/v1/internal/complaint-facts} (which answers for its own
 * partitions only). An instance that cannot answer makes the whole answer 503 rather than a partial figure.
 * The internal endpoint answers only another instance (shared secret, see {@code api.access.AccessControl}).
 */
final class ClusterComplaintFacts {
    static final String PATH = "/api/v1/internal/complaint-facts";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<List<ComplaintFact>>> FACTS = new TypeReference<>() {};

    private final ComplaintFactsQuery local;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    ClusterComplaintFacts(ComplaintFactsQuery local, HostInfoResolver hosts, RemoteQueryClient remote) {
        this.local = local;
        this.hosts = hosts;
        this.remote = remote;
    }

    void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json").result(JSON.writeValueAsString(local.allLocal())));
    }

    Collection<List<ComplaintFact>> all() {
        List<List<ComplaintFact>> facts = new ArrayList<>(local.allLocal());
        for (HostInfo host : hosts.hostsOf(DeadlineClockPart.LEDGER_STORE)) {
            if (!hosts.isSelf(host)) {
                facts.addAll(fetch(host));
            }
        }
        return facts;
    }

    private List<List<ComplaintFact>> fetch(HostInfo host) {
        try {
            var answer = remote.get(host, PATH);
            if (answer.status() != 200) {
                throw new InvalidStateStoreException("instance " + host + " answered " + answer.status());
            }
            return JSON.readValue(answer.body(), FACTS);
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking " + host);
        }
    }
}

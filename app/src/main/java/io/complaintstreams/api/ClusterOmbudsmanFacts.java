package io.complaintstreams.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.OmbudsmanFactsQuery;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.ombudsman.OmbudsmanPart;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Every Ombudsman case event across all instances, for the reports: this instance's {@code ombudsman-cases} store plus
 * each other instance's from {@code GET /api/v1/internal/ombudsman-facts} (internal: the instances' shared secret). As
 * {@link ClusterComplaintFacts}, an instance that cannot answer makes the whole answer 503.
 */
final class ClusterOmbudsmanFacts {
    static final String PATH = "/api/v1/internal/ombudsman-facts";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<OmbudsmanFact>> FACTS = new TypeReference<>() {};

    private final OmbudsmanFactsQuery local;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    ClusterOmbudsmanFacts(OmbudsmanFactsQuery local, HostInfoResolver hosts, RemoteQueryClient remote) {
        this.local = local;
        this.hosts = hosts;
        this.remote = remote;
    }

    void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json").result(JSON.writeValueAsString(local.allLocal())));
    }

    List<OmbudsmanFact> all() {
        List<OmbudsmanFact> facts = new ArrayList<>(local.allLocal());
        for (HostInfo host : hosts.hostsOf(OmbudsmanPart.CASES_STORE)) {
            if (!hosts.isSelf(host)) {
                try {
                    var answer = remote.get(host, PATH);
                    if (answer.status() != 200) {
                        throw new InvalidStateStoreException("instance " + host + " answered " + answer.status());
                    }
                    facts.addAll(JSON.readValue(answer.body(), FACTS));
                } catch (IOException e) {
                    throw new InvalidStateStoreException("instance " + host + " did not answer: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InvalidStateStoreException("interrupted while asking " + host);
                }
            }
        }
        return facts;
    }
}

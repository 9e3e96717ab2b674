package io.complaintstreams.api.officer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * One list of rows gathered from every instance: this instance's rows plus each other instance's, fetched from an
 * internal endpoint ({@code /api/v1/internal/...}, which answers for its own partitions only and only another
 * instance). An instance that cannot answer makes the whole answer 503 (never a partial list with a wrong total).
 */
final class ClusterRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

    private final String internalPath;
    private final String store;
    private final Supplier<List<Map<String, Object>>> local;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    /**
     * @param internalPath the internal endpoint serving {@code local} to other instances
     * @param store        the store whose hosts hold a share of the rows
     */
    /** Makes the gatherer of one list, with the instances' host discovery and client. */
    record Factory(HostInfoResolver hosts, RemoteQueryClient remote) {
        ClusterRows create(String internalPath, String store, Supplier<List<Map<String, Object>>> local) {
            return new ClusterRows(internalPath, store, local, hosts, remote);
        }
    }

    ClusterRows(String internalPath, String store, Supplier<List<Map<String, Object>>> local, HostInfoResolver hosts,
                RemoteQueryClient remote) {
        this.internalPath = internalPath;
        this.store = store;
        this.local = local;
        this.hosts = hosts;
        this.remote = remote;
    }

    void register(Javalin app) {
        app.get(internalPath, ctx -> ctx.contentType("application/json").result(JSON.writeValueAsString(local.get())));
    }

    List<Map<String, Object>> all() {
        List<Map<String, Object>> rows = new ArrayList<>(local.get());
        for (HostInfo host : hosts.hostsOf(store)) {
            if (!hosts.isSelf(host)) {
                rows.addAll(fetch(host));
            }
        }
        return rows;
    }

    private List<Map<String, Object>> fetch(HostInfo host) {
        try {
            var answer = remote.get(host, internalPath);
            if (answer.status() != 200) {
                throw new InvalidStateStoreException("instance " + host + " answered " + answer.status());
            }
            return JSON.readValue(answer.body(), ROWS);
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking " + host);
        }
    }
}

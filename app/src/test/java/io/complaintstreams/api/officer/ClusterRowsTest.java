package io.complaintstreams.api.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.api.PartitionShares;
import io.complaintstreams.api.PartitionShares.Share;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.query.PartitionCopy;
import io.complaintstreams.query.RemoteQueryClient;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The officers' lists gathered across instances as the other cluster gatherings are: one copy of each store partition,
 * the running active first, else another instance's standby copy, stated as stale; a partition no instance that
 * answers holds is a 503 naming it, never a partial list.
 */
class ClusterRowsTest {
    private static final String INTERNAL = "/api/v1/internal/officer-queue";
    private static final RemoteQueryClient REMOTE = new RemoteQueryClient();
    private final List<Javalin> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Javalin::stop);
    }

    private static Share<List<Map<String, Object>>> share(int partition, boolean active, long lag, String... complaints) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String c : complaints) {
            rows.add(Map.of("complaintId", c));
        }
        return new Share<>(new PartitionCopy(partition, active, lag), rows);
    }

    /** Shares of the partitions held, answering only those wanted; records each request's wanted partitions. */
    private static Function<Set<Integer>, List<Share<List<Map<String, Object>>>>> holding(List<Set<Integer>> asked,
            List<Share<List<Map<String, Object>>>> held) {
        return wanted -> {
            asked.add(Set.copyOf(wanted));
            return held.stream().filter(s -> wanted.contains(s.copy().partition())).toList();
        };
    }

    /** Another instance serving its copies on a real HTTP server, as {@link ClusterRows#register} does. */
    private HostInfo otherInstance(List<Set<Integer>> asked, List<Share<List<Map<String, Object>>>> held) {
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
        new ClusterRows(INTERNAL, "officer work queue", holding(asked, held),
                new PartitionShares(List::of, REMOTE, 2)).register(app);
        app.start("127.0.0.1", 0);
        started.add(app);
        return new HostInfo("127.0.0.1", app.port());
    }

    private static List<String> complaintIds(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("complaintId")).sorted().toList();
    }

    @Test
    void shouldReadAPartitionWhoseActiveIsLostFromAnotherInstancesStandbyAndSaySo() {
        List<Set<Integer>> askedOther = new CopyOnWriteArrayList<>();
        HostInfo other = otherInstance(askedOther, List.of(share(0, false, 9, "C-1-old"), share(1, false, 4, "C-2", "C-3")));
        HostInfo lost = new HostInfo("127.0.0.1", closedPort());
        ClusterRows rows = new ClusterRows(INTERNAL, "officer work queue", holding(new ArrayList<>(), List.of(share(0, true, 0, "C-1"))),
                new PartitionShares(() -> List.of(lost, other), REMOTE, 2));

        var gathered = rows.gather();

        List<Map<String, Object>> all = new ArrayList<>();
        gathered.values().forEach(all::addAll);
        assertEquals(List.of("C-1", "C-2", "C-3"), complaintIds(all),
                "partition 0 from this instance's running active, partition 1 from the other's standby, each once");
        assertEquals(List.of(Set.of(1)), askedOther, "the other instance is asked only for the partition this one lacks");
        assertEquals(Map.of(Freshness.STALE, "true", Freshness.LAG_RECORDS, "4", Freshness.STALE_PARTITIONS, "1"),
                gathered.freshness().headers());
    }

    @Test
    void shouldRefuseNamingThePartitionNoInstanceHoldsRatherThanAPartialList() {
        HostInfo lost = new HostInfo("127.0.0.1", closedPort());
        ClusterRows rows = new ClusterRows(INTERNAL, "officer work queue", holding(new ArrayList<>(), List.of(share(0, true, 0, "C-1"))),
                new PartitionShares(() -> List.of(lost), REMOTE, 2));

        var e = assertThrows(InvalidStateStoreException.class, rows::all);

        assertTrue(e.getMessage().startsWith("officer work queue: store partitions [1] of 2 are held by no instance that answered"),
                e.getMessage());
        assertTrue(e.getMessage().contains(lost.port() + " did not answer"), e.getMessage());
    }

    @Test
    void shouldServeThePreviousVersionsEndpointFromRunningActiveCopiesOnly() throws Exception {
        HostInfo other = otherInstance(new CopyOnWriteArrayList<>(), List.of(share(0, true, 0, "C-1"), share(1, false, 4, "C-2")));

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + other.port() + INTERNAL)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertEquals(List.of(Map.of("complaintId", "C-1")), new ObjectMapper().readValue(answer.body(), List.class),
                "an instance of the previous version adds up the active partitions of every instance: a standby's rows would count twice");
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

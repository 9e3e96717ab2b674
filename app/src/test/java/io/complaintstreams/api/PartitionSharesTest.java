package io.complaintstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.query.PartitionCopy;
import io.complaintstreams.query.RemoteQueryClient;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * One copy of each partition, wherever it is: the running active wins, else the copy least behind; a partition held by
 * no instance that answers is a 503 naming it; another instance is asked only for what this one lacks.
 */
class PartitionSharesTest {
    private static final RemoteQueryClient REMOTE = new RemoteQueryClient();

    private static PartitionShares.Share<String> share(int partition, boolean active, long lag, String value) {
        return new PartitionShares.Share<>(new PartitionCopy(partition, active, lag), value);
    }

    @Test
    void shouldAnswerFromThisInstanceAloneWhenItRunsEveryActive() {
        var shares = new PartitionShares(() -> { throw new AssertionError("no other instance should be asked"); }, REMOTE, 2);
        var gathered = shares.gather(() -> List.of(share(1, true, 0, "b"), share(0, true, 0, "a")), "/x", n -> n.asText(), "test");
        assertEquals(List.of("a", "b"), gathered.values());
        assertEquals(Map.of(Freshness.STALE, "false", Freshness.LAG_RECORDS, "0", Freshness.STALE_PARTITIONS, ""),
                gathered.freshness().headers());
    }

    @Test
    void shouldTakeEachPartitionOnceFromTheBestCopyAndStateTheStaleness() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            asked.set(exchange.getRequestURI().getQuery());
            byte[] body = """
                    {"copies":[{"partition":1,"active":true,"lagRecords":0,"value":"b-active"},
                               {"partition":2,"active":false,"lagRecords":7,"value":"c-standby"}]}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try {
            HostInfo otherHost = new HostInfo("127.0.0.1", other.getAddress().getPort());
            HostInfo lost = new HostInfo("127.0.0.1", closedPort());
            var shares = new PartitionShares(() -> List.of(lost, otherHost), REMOTE, 3);
            var gathered = shares.gather(() -> List.of(share(0, true, 0, "a"), share(1, false, 3, "b-standby")),
                    "/api/v1/internal/x?from=1", n -> n.asText(), "test");
            assertEquals(List.of("a", "b-active", "c-standby"), gathered.values(),
                    "the running active beats a standby; a partition only another instance's standby holds comes from it");
            assertEquals("from=1&partitions=1,2&local=true", asked.get(), "asked only for what this instance lacks");
            assertTrue(gathered.freshness().stale());
            assertEquals(List.of(2), gathered.freshness().stalePartitions());
            assertEquals("7", gathered.freshness().headers().get(Freshness.LAG_RECORDS));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void shouldAnswerFromAStandbyWhenTheActiveInstanceIsGone() throws Exception {
        HostInfo lost = new HostInfo("127.0.0.1", closedPort());
        var shares = new PartitionShares(() -> List.of(lost), REMOTE, 2);
        var gathered = shares.gather(() -> List.of(share(0, true, 0, "a"), share(1, false, StoreLagsUnknown.LAG, "b")), "/x",
                n -> n.asText(), "test");
        assertEquals(List.of("a", "b"), gathered.values());
        assertEquals("unknown", gathered.freshness().headers().get(Freshness.LAG_RECORDS));
        assertEquals("1", gathered.freshness().headers().get(Freshness.STALE_PARTITIONS));
    }

    @Test
    void shouldRefuseWithTheMissingPartitionsRatherThanAPartialFigure() throws Exception {
        HostInfo lost = new HostInfo("127.0.0.1", closedPort());
        var shares = new PartitionShares(() -> List.of(lost), REMOTE, 3);
        var e = assertThrows(InvalidStateStoreException.class,
                () -> shares.gather(() -> List.of(share(1, true, 0, "b")), "/x", n -> n.asText(), "statistics"));
        assertTrue(e.getMessage().startsWith("statistics: store partitions [0, 2] of 3 are held by no instance that answered"),
                e.getMessage());
        assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
    }

    @Test
    void shouldPreferTheRunningActiveThenTheKnownSmallestLag() {
        PartitionCopy active = new PartitionCopy(0, true, 0);
        PartitionCopy near = new PartitionCopy(0, false, 2);
        PartitionCopy far = new PartitionCopy(0, false, 50);
        PartitionCopy unknown = new PartitionCopy(0, false, -1);
        assertEquals(active, PartitionCopy.better(near, active));
        assertEquals(near, PartitionCopy.better(far, near));
        assertEquals(far, PartitionCopy.better(unknown, far));
        assertEquals(unknown, PartitionCopy.worse(unknown, far));
        assertFalse(Freshness.of(List.of(active)).stale());
    }

    private static final class StoreLagsUnknown {
        static final long LAG = io.complaintstreams.query.StoreLags.UNKNOWN;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

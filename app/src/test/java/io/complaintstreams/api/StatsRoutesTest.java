package io.complaintstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.state.CounterSet;
import io.complaintstreams.streams.aggregation.CounterSets;
import io.complaintstreams.streams.aggregation.StatsQuery;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/** The stats endpoints over a fixed store: shape, 400 naming the parameter, 503 while not queryable. */
class StatsRoutesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerZeroFilledMonthsBadParameterAndNotQueryable() throws Exception {
        var store = new MapStore(Map.of("2025-05|L1", CounterSets.of(Map.of("stage1.received", 3L))));
        StatsQuery query = new StatsQuery(store, new MapStore(Map.of()));
        Javalin ok = start(() -> query);
        Javalin down = start(() -> { throw new InvalidStateStoreException("restoring"); });
        try {
            var answer = get(ok, "/api/v1/stats/monthly?from=2025-04&to=2025-06");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().startsWith("{\"from\":\"2025-04\",\"to\":\"2025-06\",\"landlordId\":null,\"months\":[{\"month\":\"2025-04\""));
            assertTrue(answer.body().contains("{\"month\":\"2025-05\",\"counters\":{\"stage1.received\":3,"));

            var bad = get(ok, "/api/v1/stats/monthly?from=2025-04&to=2025-13");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"field\":\"to\""), bad.body());
            assertEquals(400, get(ok, "/api/v1/stats/weekly?to=2025-W20").statusCode());
            assertEquals(200, get(ok, "/api/v1/stats/weekly?from=2025-W14&to=2025-W20&landlordId=L1").statusCode());

            assertEquals(503, get(down, "/api/v1/stats/monthly?from=2025-04&to=2025-06").statusCode());
        } finally {
            ok.stop();
            down.stop();
        }
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Javalin start(Supplier<StatsQuery> query) {
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
        new StatsRoutes(query).register(app);
        return app.start("127.0.0.1", 0);
    }

    /** A read-only store over a sorted map (String keys compare like the UTF-8 bytes for these ASCII keys). */
    private record MapStore(TreeMap<String, CounterSet> map) implements ReadOnlyKeyValueStore<String, CounterSet> {
        MapStore(Map<String, CounterSet> entries) {
            this(new TreeMap<>(entries));
        }

        @Override
        public CounterSet get(String key) {
            return map.get(key);
        }

        @Override
        public KeyValueIterator<String, CounterSet> range(String from, String to) {
            return iterator(map.subMap(from, true, to, true).entrySet().iterator());
        }

        @Override
        public KeyValueIterator<String, CounterSet> all() {
            return iterator(map.entrySet().iterator());
        }

        @Override
        public long approximateNumEntries() {
            return map.size();
        }

        private static KeyValueIterator<String, CounterSet> iterator(Iterator<Map.Entry<String, CounterSet>> it) {
            return new KeyValueIterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValue<String, CounterSet> next() {
                    var e = it.next();
                    return KeyValue.pair(e.getKey(), e.getValue());
                }

                @Override
                public void close() {}

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}

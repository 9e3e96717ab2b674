package io.complaintstreams.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP ingest throughput and latency: {@value #THREADS} client threads POST generated contacts to
 * {@code /api/v1/events/contacts} on loopback, first as arrays of {@value #BATCH} events, then as single events,
 * each run bounded by a number of events and a time. Every request is one ingest transaction (202 once the broker
 * acknowledged it). Each event gets a fresh contactId and eventId.
 */
final class HttpIngestPhase {
    static final int THREADS = 4;
    static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppUnderTest app;
    private final List<ObjectNode> contacts;
    private final Progress progress;

    HttpIngestPhase(AppUnderTest app, List<ObjectNode> contacts, Progress progress) {
        this.app = app;
        this.contacts = contacts;
        this.progress = progress;
    }

    /** Result of one run: events accepted per second and request latencies in ms. */
    record Result(long events, long errors, double seconds, Percentiles latencyMs) {
        double eventsPerSec() {
            return events / seconds;
        }
    }

    void run(Duration budget, long batchEventLimit, long singleEventLimit, BenchReport report) throws Exception {
        Result batches = load(BATCH, batchEventLimit, budget, "a");
        progress.info("HTTP ingest, arrays of %d, %d threads: %,d events in %.1f s = %,.0f events/s, request p50 %.1f ms p99 %.1f ms, %d errors",
                BATCH, THREADS, batches.events, batches.seconds, batches.eventsPerSec(), batches.latencyMs.at(50),
                batches.latencyMs.at(99), batches.errors);
        Result singles = load(1, singleEventLimit, budget, "s");
        progress.info("HTTP ingest, single events, %d threads: %,d events in %.1f s = %,.0f events/s, request p50 %.1f ms p99 %.1f ms, %d errors",
                THREADS, singles.events, singles.seconds, singles.eventsPerSec(), singles.latencyMs.at(50),
                singles.latencyMs.at(99), singles.errors);
        report.put("ingestHttpEventsPerSec", batches.eventsPerSec(), 0);
        report.put("ingestHttpP99Ms", batches.latencyMs.at(99), 1);
        report.put("ingestHttpP50Ms", batches.latencyMs.at(50), 1);
        report.put("ingestHttpSingleEventsPerSec", singles.eventsPerSec(), 0);
        report.put("ingestHttpSingleP50Ms", singles.latencyMs.at(50), 1);
        report.put("ingestHttpSingleP99Ms", singles.latencyMs.at(99), 1);
        report.put("ingestHttpErrors", batches.errors + singles.errors);
    }

    private Result load(int perRequest, long eventLimit, Duration budget, String tag) throws Exception {
        AtomicLong claimed = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    var client = AppUnderTest.httpClient();
                    while (System.nanoTime() < deadline) {
                        long first = claimed.getAndAdd(perRequest);
                        if (first >= eventLimit) {
                            break;
                        }
                        var request = app.post("contacts", body(tag, first, perRequest));
                        long sent = System.nanoTime();
                        int status = AppUnderTest.send(client, request);
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        if (status == 202) {
                            accepted.addAndGet(perRequest);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(accepted.get(), errors.get(), seconds, Percentiles.of(latencies));
    }

    private String body(String tag, long first, int count) throws Exception {
        if (count == 1) {
            return JSON.writeValueAsString(event(tag, first));
        }
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            array.add(event(tag, first + i));
        }
        return JSON.writeValueAsString(array);
    }

    private ObjectNode event(String tag, long n) {
        ObjectNode event = contacts.get((int) (n % contacts.size())).deepCopy();
        event.put("contactId", "BENCH-HTTP-" + tag + n);
        event.put("eventId", "bench-http-" + tag + n);
        return event;
    }
}

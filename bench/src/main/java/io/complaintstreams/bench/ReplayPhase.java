package io.complaintstreams.bench;

import io.complaintstreams.cli.Main;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.Topology;

/**
 * A whole generated landlord year replayed with {@code --clock event} by the app in a process of its own, started as
 * an operator would ({@code run --bootstrap-servers ... --clock event --homes ...}, the launcher's JVM options), on the
 * bench's broker (another process). Timed from the process start until every topic the topology reads, repartition
 * topics included, is processed and committed; then the app's resident memory is read, and the broker's.
 */
final class ReplayPhase {
    static final String PREFIX = "bench.replay.";
    static final String APPLICATION_ID = "bench-replay";
    /** The replay fails when the inputs' committed offsets have not moved for this long (a stuck app). */
    private static final Duration STALL = Duration.ofMinutes(5);
    /** Progress lines while the replay runs. */
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);
    /** The replay fails when it runs slower than this on average, and never before 30 minutes. */
    private static final int SLOWEST_EVENTS_PER_SECOND = 500;

    private final BenchCluster cluster;
    private final Path dir;
    private final Progress progress;

    ReplayPhase(BenchCluster cluster, Path dir, Progress progress) {
        this.cluster = cluster;
        this.dir = dir;
        this.progress = progress;
    }

    void run(int homes, BenchReport report) throws Exception {
        Topics topics = new Topics(PREFIX);
        BenchEvents data = BenchEvents.forHomes(homes);
        cluster.createTopics(topics.allNames());
        long loadNanos = cluster.produce(data.records, r -> PREFIX + r.baseTopic());
        int events = data.records.size();
        progress.info("replay: %,d homes, %,d events loaded into %s* in %.1f s", homes, events, PREFIX, loadNanos / 1e9);
        var settings = StreamsPhases.settings(topics, "event", data);
        Topology topology = ComplaintTopology.build(settings.topology());
        List<String> sources = SourceTopics.of(topology, APPLICATION_ID);
        String landlordHomes = data.landlordId + "=" + data.homes;
        data = null; // the app, not the bench, should hold the year now

        String jfr = System.getenv("COMPLAINT_STREAMS_BENCH_JFR"); // a file: profile the replaying app (JFR)
        String options = ChildJvm.appOptions() + (jfr == null || jfr.isBlank() ? ""
                : " -XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath());
        List<String> args = List.of("run", "--bootstrap-servers", cluster.bootstrapServers(), "--data-dir",
                dir.resolve("data").toString(), "--http-port", "0", "--topic-prefix", PREFIX, "--clock", "event",
                "--homes", landlordHomes);
        long started = System.nanoTime();
        try (ChildJvm app = ChildJvm.start("app", options, Main.class.getName(), args,
                Map.of("COMPLAINT_STREAMS_APPLICATION_ID", APPLICATION_ID,
                        // an app on an external cluster needs a master key for residents' text: a throwaway one
                        "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY", ThrowawayMasterKey.create()), dir.resolve("app.log"),
                line -> line.startsWith("complaint-streams is running"))) {
            app.awaitReady(Duration.ofMinutes(3));
            double ready = (System.nanoTime() - started) / 1e9;
            long done = awaitReplayed(app, sources, events, started);
            double seconds = (done - started) / 1e9;
            long rss = app.rssMb().orElse(-1);
            long peak = app.peakRssMb().orElse(-1);
            long brokerRss = cluster.brokerProcess().rssMb().orElse(-1);
            long liveHeap = app.liveHeapMbAfterGc().orElse(-1);
            long brokerLiveHeap = cluster.brokerProcess().liveHeapMbAfterGc().orElse(-1);
            progress.info("replay (--clock event, app in its own process, %s): %,d events in %.1f s from process start "
                            + "(ready after %.1f s) = %,.0f events/s; app RSS %,d MB (peak %,d MB; live heap after a full GC %,d MB), "
                            + "broker RSS %,d MB (live heap %,d MB; %s)", options, events, seconds, ready, events / seconds, rss, peak,
                    liveHeap, brokerRss, brokerLiveHeap, cluster.brokerOptions());
            report.put("replaySeconds", seconds, 1);
            report.put("replayEvents", events);
            report.put("replayHomes", homes);
            report.put("replayEventsPerSec", events / seconds, 0);
            report.put("replayAppJavaOptions", options);
            report.put("replayAppRssMb", rss);
            report.put("replayAppPeakRssMb", peak);
            report.put("replayAppLiveHeapMb", liveHeap);
            report.put("replayBrokerRssMb", brokerRss);
            report.put("replayBrokerLiveHeapMb", brokerLiveHeap);
            report.put("replayBrokerJavaOptions", cluster.brokerOptions());
            report.put("replayAppPlusBrokerRssMb", rss < 0 || brokerRss < 0 ? -1 : rss + brokerRss);
        }
    }

    /**
     * Waits until every source topic is drained (as {@link BenchCluster#drained}), printing every 30 s how many input
     * events are committed, the rate since the last line and the app's RSS, so a half-hour replay is never silent.
     *
     * @return the nanoTime at which the replay was seen drained
     * @throws TimeoutException when the inputs' committed offsets stand still for 5 minutes, or the whole replay takes
     *     longer than max(30 minutes, events / 500 per second); the message says how far it got
     */
    private long awaitReplayed(ChildJvm app, List<String> sources, int events, long started) throws Exception {
        List<String> inputs = sources.stream().filter(t -> t.startsWith(PREFIX)).toList();
        long cap = Math.max(Duration.ofMinutes(30).toNanos(), (long) (events * 1e9 / SLOWEST_EVENTS_PER_SECOND));
        long lastReport = System.nanoTime();
        long lastMoved = lastReport;
        long lastLag = Long.MAX_VALUE;
        while (!cluster.drainedOrSlow(APPLICATION_ID, sources)) {
            long now = System.nanoTime();
            long lag;
            if (now - lastReport >= REPORT_EVERY.toNanos() && (lag = lagOrUnknown(inputs)) >= 0) {
                long committed = Math.max(0, events - lag);
                if (lag < lastLag || lag == 0) { // inputs done: the repartition topics' tail is bounded by the cap
                    lastMoved = now;
                }
                double rate = lastLag == Long.MAX_VALUE ? committed / ((now - started) / 1e9)
                        : (lastLag - lag) / ((now - lastReport) / 1e9);
                progress.info("replay: %,d of %,d input events committed (%.0f%%), %,.0f events/s, app RSS %,d MB",
                        committed, events, 100.0 * committed / events, rate, app.rssMb().orElse(-1));
                lastLag = lag;
                lastReport = now;
            }
            if (now - lastMoved > STALL.toNanos() || now - started > cap) {
                long committed = lastLag == Long.MAX_VALUE ? 0 : Math.max(0, events - lastLag);
                throw new TimeoutException(String.format(java.util.Locale.ROOT,
                        "%s: %,d of %,d input events committed after %.0f s; %s (the app's log: %s, kept with --keep-data)", APPLICATION_ID, committed,
                        events, (now - started) / 1e9, now - lastMoved > STALL.toNanos()
                                ? "no progress for " + STALL.toMinutes() + " minutes"
                                : "slower than " + SLOWEST_EVENTS_PER_SECOND + " events/s on average",
                        dir.resolve("app.log")));
            }
            Thread.sleep(100);
        }
        return System.nanoTime();
    }

    /** The inputs' lag, or -1 when the broker is too busy to answer within the admin call's 10 s. */
    private long lagOrUnknown(List<String> inputs) throws Exception {
        try {
            return cluster.lag(APPLICATION_ID, inputs);
        } catch (TimeoutException e) {
            return -1;
        }
    }
}

package io.complaintstreams.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each figure of the bench measures, printed with the result under {@code notes}. */
final class BenchNotes {
    static final Map<String, String> ALL;

    static {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("producerEventsPerSec", "N pre-encoded events (Avro single-object bytes of a generated landlord year) to one "
                + "3-partition topic, acks=all, idempotent, lz4; first send to last acknowledgement, after a warm-up");
        n.put("kafkaToolsProducerRecordsPerSec", "Kafka's ProducerPerformance in-process, same N, settings and average record size (random payload, no key)");
        n.put("passThroughEventsPerSec", "Kafka Streams copying the producer topic to another, bytes unchanged, the app's "
                + "StreamsProperties (EOS v2, commit 200 ms, 1 thread); start until committed offsets reach the end offsets");
        n.put("pipelineEventsPerSec", "the real ComplaintTopology (wall clock, app defaults) over the same N events on the "
                + "four input topics; start until committed offsets reach the end offsets (Admin listConsumerGroupOffsets vs listOffsets)");
        n.put("ratio", "pipelineEventsPerSec / passThroughEventsPerSec, measured in the same run; *AfterRunning: the same "
                + "counted from the RUNNING state, leaving out the start-up and first rebalance");
        n.put("restoreSeconds", "after the pipeline: close, KafkaStreams#cleanUp (local state deleted), restart; start until "
                + "RUNNING with every non-empty changelog partition restored (StateRestoreListener)");
        n.put("restoreOpenComplaintsSeconds", "the same restore for a book of restoreOpenComplaints open complaints "
                + "(RECEIVED over the last 60 working days, wall clock) loaded through the real topology first");
        n.put("replaySeconds", "the real topology with --clock event over the whole generated year (replayEvents), from the beginning, "
                + "until committed offsets reach the end offsets");
        n.put("alertLatencyP50Ms", "real app on the bench broker, punctuation 1 s: complaint RECEIVED 30 days ago posted over HTTP; "
                + "202 to the first alert on complaints.alerts (read_committed). The alert is raised on the event itself: "
                + "Streams fetch + processing + EOS commit + consumer fetch. Alerts with no event (a deadline passing) "
                + "wait for the next punctuation in addition (deadline.check-interval-seconds, 30 s by default)");
        n.put("punctuationMsPer100kOpen", "TopologyTestDriver on the production topology (RocksDB), 100,000 open complaints "
                + "received evenly over the 60 working days before; one wall-clock punctuation on the next working day, when "
                + "punctuationDueComplaints are due, including the commit; punctuationNoneDueMsPer100kOpen: the same when none is due");
        n.put("classifierRecordsPerSecPerCore", "ClassifierThroughput.recordsPerSecond on one thread after a warm-up");
        n.put("ingestHttpEventsPerSec", "4 client threads POSTing arrays of 100 generated contacts to /api/v1/events/contacts "
                + "on loopback, bounded by events and time; ingestHttpP99Ms is the per-request p99 of that run; "
                + "ingestHttpSingle*: the same with one event per request");
        n.put("peakRssMb", "VmHWM of /proc/self/status at the end: the whole JVM (broker, Streams, RocksDB, app)");
        ALL = Map.copyOf(n);
    }

    private BenchNotes() {
    }
}

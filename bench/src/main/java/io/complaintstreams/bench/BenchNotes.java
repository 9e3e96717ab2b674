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
        n.put("passThroughEventsPerSec", "Kafka Streams reading the four input topics with the topology's own sources "
                + "(same serdes and timestamp extractor: every event decoded as the pipeline decodes it) and writing each "
                + "record re-encoded to a copy topic, the app's StreamsProperties (EOS v2, commit 200 ms, 1 thread) and the "
                + "kafka.* settings of the environment (COMPLAINT_STREAMS_KAFKA_*, as the replay's app reads them); warmed "
                + "first on warmUpEvents other events in this JVM; timed from RUNNING until every topic it reads is "
                + "processed and committed (no open transaction, read_committed end offset = high watermark = the group's "
                + "committed offset, every partition)");
        n.put("pipelineEventsPerSec", "the real ComplaintTopology (wall clock, app defaults) over the same N events, warmed "
                + "and timed the same way; its source topics include its repartition topics, so it stops only when "
                + "everything it wrote to itself is processed too");
        n.put("ratio", "pipelineEventsPerSec / passThroughEventsPerSec, measured in the same run");
        n.put("streamThreadMicrosPerEvent", "the pipeline's stream-thread CPU time (ThreadMXBean, user + system, of its "
                + "CLIENT_ID-StreamThread-N threads) from RUNNING to drained, per input event; passThrough*: the same for "
                + "the pass-through");
        n.put("pipelineProcessCpuMicrosPerEvent", "CPU time of the whole bench JVM (OperatingSystemMXBean process CPU: the "
                + "stream thread, the producer's and consumers' I/O threads, GC, the JIT, and the bench's own polling for "
                + "drained) from RUNNING to drained, per input event; pipelineBrokerCpuMicrosPerEvent: the broker's process "
                + "over the same interval (ProcessHandle totalCpuDuration); the sum is what one event costs the machine; "
                + "passThrough*: the same for the pass-through");
        n.put("recordsWrittenPerEvent", "records the pipeline's producers delivered (producer-topic-metrics record-send-total less record-retry-total: "
                + "outputs, changelogs, repartition topics, dead letters) per input event; passThrough*: the same; "
                + "*RecordsWrittenPerEventByTopic: the same by topic, internal topics named without the application id");
        n.put("bytesWrittenPerEvent", "bytes the pipeline's producers sent (producer-topic-metrics byte-total scaled by the share of first attempts, after lz4 "
                + "compression) per input event; passThrough*: the same");
        n.put("pipelineStreamThreadWallTime", "where a stream thread's wall time went from RUNNING to drained, as shares "
                + "of it (averaged over the threads): cpu (ThreadMXBean), pollWait (the main consumer waiting for fetch "
                + "responses in poll: consumer-metrics io-wait-time-ns-total), producerWait (flush, sendOffsetsToTransaction, "
                + "commitTransaction, beginTransaction: producer-metrics *-time-ns-total), other (waiting for a core, GC, "
                + "anything else); commits, polls and fetch requests per second; passThroughStreamThreadWallTime: the same");
        n.put("restoreSeconds", "after the pipeline: close, KafkaStreams#cleanUp (local state deleted), restart; start until "
                + "RUNNING with every non-empty changelog partition restored (StateRestoreListener)");
        n.put("restoreOpenComplaintsSeconds", "the same restore for a book of restoreOpenComplaints open complaints "
                + "(RECEIVED over the last 60 working days, wall clock) loaded through the real topology first");
        n.put("replaySeconds", "a generated year of replayHomes homes (replayEvents, sorted by event time) replayed by "
                + "`run --bootstrap-servers B --clock event --homes L=replayHomes` in its own JVM (replayAppJavaOptions), the "
                + "broker in another process; from the process start until every topic the topology reads, repartition "
                + "topics included, is processed and committed");
        n.put("replayAppRssMb", "VmRSS of the app's own process at the end of the replay (replayAppPeakRssMb: its VmHWM); "
                + "replayBrokerRssMb: the broker's process; replayAppPlusBrokerRssMb: the two summed (the embedded `run` "
                + "holds both in one JVM, so one JVM's base less); replayBrokerJavaOptions: the broker process's JVM options "
                + "(COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS); replayAppLiveHeapMb / replayBrokerLiveHeapMb: the heap in use "
                + "after a full GC (jcmd GC.run, GC.heap_info), read after the RSS");
        n.put("alertNoEventLatencyP50Ms", "a deadline passing with no event: alertSamples complaints whose acknowledgement "
                + "is due on day D loaded into the real topology (wall clock, check interval alertNoEventCheckIntervalSeconds), "
                + "its clock then set to 1 s before midnight after D; from that midnight to each ACKNOWLEDGEMENT_OVERDUE alert "
                + "on complaints.alerts (read_committed): up to one check interval, then evaluation and commit");
        n.put("alertLatencyBacklogP50Ms", "as alertLatencyP50Ms, but posted right after alertLatencyBacklogEvents generated "
                + "events were written to the app's input topics; alertLatencyBacklogLeftAtEnd: backlog records not yet "
                + "committed when the last sample was alerted or timed out");
        n.put("alertLatencyP50Ms", "real app on the bench broker, punctuation 1 s: complaint RECEIVED 30 days ago posted over HTTP; "
                + "202 to the first alert on complaints.alerts (read_committed). The alert is raised on the event itself: "
                + "Streams fetch + processing + EOS commit + consumer fetch. Alerts with no event (a deadline passing) "
                + "wait for the next punctuation in addition (deadline.check-interval-seconds, 30 s by default)");
        n.put("punctuationMsPer100kOpen", "TopologyTestDriver on the production topology (RocksDB), 100,000 open complaints "
                + "received evenly over the 60 working days before; one wall-clock punctuation on the next working day, when "
                + "punctuationDueComplaints are due, including the commit; punctuationNoneDueMsPer100kOpen: the same when none is due");
        n.put("classifierRecordsPerSecPerCore", "ClassifierThroughput.recordsPerSecond on one thread after a warm-up");
        n.put("classifierWithEmbeddingsRecordsPerSec", "ClassifierThroughput.embeddingRecordsPerSecond: the classifier with "
                + "sentence-embedding theme evidence (classifier.theme-embeddings=true) on one calling thread, on up to 500 generated "
                + "texts it never saw (no cache hit); ...PerCpuSec: per CPU-second of the whole process (ONNX Runtime has threads of "
                + "its own); classifierEmbeddingModelShare: share of those records the embedding model ran on (the rest could not "
                + "change a theme); ...CachedRecordsPerSec: the same texts again, from the cache by text");
        n.put("classifierGatedDissatisfactionRecordsPerSec", "ClassifierThroughput.gatedDissatisfactionRecordsPerSecond: the "
                + "classifier with sentence-embedding evidence for the dissatisfied output only, the model run only where the "
                + "linear model is unsure (classifierGatedDissatisfactionModelShare of the records), same texts and counting as "
                + "classifierWithEmbeddingsRecordsPerSec; ...PerCpuSec: per CPU-second of the whole process");
        n.put("ingestHttpEventsPerSec", "4 client threads POSTing arrays of 100 generated contacts to /api/v1/events/contacts "
                + "on loopback, bounded by events and time; ingestHttpP99Ms is the per-request p99 of that run; "
                + "ingestHttpSingle*: the same with one event per request");
        n.put("peakRssMb", "replayAppPeakRssMb: the app's own process at the replay (benchJvmPeakRssMb: the bench's JVM, "
                + "which holds the generated events, the in-process phases and the app for the latency and ingest phases)");
        ALL = Map.copyOf(n);
    }

    private BenchNotes() {
    }
}

package io.complaintstreams.app;

import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.http.IngestListener;
import io.complaintstreams.ingest.publish.KafkaEventPublisher;
import io.complaintstreams.ingest.publish.KafkaPublisherSettings;
import io.complaintstreams.metrics.AppMetrics;

/** Connects the ingest adapters to Kafka and to the metrics. */
public final class IngestWiring {
    private IngestWiring() {}

    /** Transactional, acks=all, idempotent: a batch is all visible to read_committed consumers or not at all. */
    public static KafkaEventPublisher publisher(KafkaClientConfig clients, String transactionalIdPrefix) {
        return new KafkaEventPublisher(clients.asProperties(),
                KafkaPublisherSettings.defaults().withTransactionalIdPrefix(transactionalIdPrefix));
    }

    public static IngestListener metricsListener(AppMetrics metrics, String adapter) {
        return new IngestListener() {
            @Override
            public void accepted(EventKind kind, int events) {
                metrics.eventsIngested(adapter, kind.pathSegment(), events);
            }

            @Override
            public void rejected(EventKind kind, Rejection reason, int events) {
                metrics.eventsRejected(adapter, kind == null ? "unknown" : kind.pathSegment(), reason.name());
            }
        };
    }
}

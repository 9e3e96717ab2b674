package io.complaintstreams.metrics;

/** Every metric the app publishes, named once. Prometheus appends {@code _total} to counters. */
public final class MetricNames {
    public static final String EVENTS_INGESTED = "complaints.ingest.events";
    public static final String EVENTS_REJECTED = "complaints.ingest.rejected";
    public static final String ALERTS_RAISED = "complaints.alerts.raised";
    public static final String SIGNALS = "complaints.signals";
    public static final String OPEN_COMPLAINTS = "complaints.open";
    public static final String STREAMS_STATE = "complaints.streams.running";
    public static final String LAST_EVENT_INGESTED = "complaints.ingest.last.event.timestamp";

    private MetricNames() {}
}

package io.complaintstreams.metrics;

/** Every metric the app publishes, named once. Prometheus appends {@code _total} to counters. */
public final class MetricNames {
    public static final String EVENTS_INGESTED = "complaints.ingest.events";
    public static final String EVENTS_REJECTED = "complaints.ingest.rejected";
    public static final String ALERTS_RAISED = "complaints.alerts.raised";
    public static final String SIGNALS = "complaints.signals";
    public static final String OPEN_COMPLAINTS = "complaints.open";
    public static final String STREAMS_STATE = "complaints.streams.running";
    /** 1 when the topology is RUNNING and making progress: what {@code GET /health} answers (StreamsProgress). */
    public static final String STREAMS_HEALTHY = "complaints.streams.healthy";
    /** Input records beyond the application's committed offsets (the health monitor's last sample). */
    public static final String STREAMS_INPUT_WAITING = "complaints.streams.input.waiting.records";
    public static final String LAST_EVENT_INGESTED = "complaints.ingest.last.event.timestamp";

    // Store-derived gauges (ComplaintGauges): read from this instance's local complaint-ledger store partitions.
    /** Open complaints (ON_TRACK, DUE_SOON, OVERDUE) by status and stage. */
    public static final String OPEN_BY_STATUS = OPEN_COMPLAINTS;
    /** Open complaints past their current deadline. */
    public static final String OVERDUE = "complaints.overdue";
    /** Calendar days the longest-overdue open complaint is past its current deadline. */
    public static final String OLDEST_OVERDUE = "complaints.overdue.oldest";
    /** Complaints whose current stage was received this calendar month (Europe/London), by stage. */
    public static final String RECEIVED_THIS_MONTH = "complaints.received.month";
    /** The same by stage and theme (a complaint with several themes counts once per theme). */
    public static final String RECEIVED_THIS_MONTH_BY_THEME = "complaints.received.month.themes";
    /** Share of acknowledgements or responses on time, by measure, stage and period (month, financial_year). */
    public static final String ON_TIME = "complaints.ontime";
    /** Number of acknowledgements or responses on time (numerator of the ratio; sum across instances). */
    public static final String ON_TIME_MET = "complaints.ontime.met";
    /** Number of acknowledgements or responses each on-time ratio is computed over. */
    public static final String ON_TIME_DECIDED = "complaints.ontime.decided";
    /** Complaints held in this instance's complaint-ledger store partitions. */
    public static final String STORE_COMPLAINTS = "complaints.store.complaints";
    /** 1 when the last periodic pass could read the complaint-ledger store. */
    public static final String STORE_READABLE = "complaints.gauges.store.readable";
    /** When the gauges were last refreshed from the store (Unix time). */
    public static final String GAUGES_REFRESHED = "complaints.gauges.last.refresh.timestamp";
    /** Open service requests (ServiceRequestGauges, this instance's service-request-ledger partitions; Code 1.4). */
    public static final String SERVICE_REQUESTS_OPEN = "complaints.service.requests.open";
    /** Open service requests past their due date (their own dueAt, else the landlord's target for the category). */
    public static final String SERVICE_REQUESTS_OVERDUE = "complaints.service.requests.overdue";
    /** Alerts consumed by the observability feed since it started, by kind (AlertFeed). */
    public static final String ALERTS = ALERTS_RAISED;
    /** Signals consumed by the observability feed since it started, by action (AlertFeed). */
    public static final String SIGNALS_BY_ACTION = SIGNALS;

    private MetricNames() {}
}

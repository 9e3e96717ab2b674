/**
 * Complaint-handling statistics per landlord, calendar month ({@code YYYY-MM}) and ISO week ({@code YYYY-Www}),
 * dates in the landlord's zone (Europe/London).
 *
 * <h2>Flow</h2>
 * Aggregates are made where the facts already are, as per-task partial sums in {@code aggregation-monthly} and
 * {@code aggregation-weekly} (keyed {@code period|landlordId}, binary {@code CounterSet}), added up at query time
 * across tasks and instances. A complaint's contributions are worked out in the complaint ledger's task from the
 * ledger's one evaluation of each new fact ({@code ComplaintLedgerAggregates}), kept in the ledger, and only their
 * change is applied. Signals are counted where they are made ({@code aggregation-signal-counts}). A service
 * request's contributions are worked out in the service-request ledger's task ({@code RequestLedgerAggregates}, kept in
 * the ledger entry). A survey and the signal classifying its comment become {@code EntityFact}s keyed
 * {@code survey|id}, counted by {@code aggregation-entity-contributions} (store {@code aggregation-entities}) in the
 * task of the survey's own {@code crm.surveys} partition, where both are made (no repartition), which keeps each
 * survey's facts and last contributions and applies only the change. So a fact arriving months late
 * counts in its own period (no windows, no grace), a repeated eventId counts once, and a correction (an earlier
 * ACKNOWLEDGED, an EXTENDED, a dissatisfied comment on a survey) moves counts between periods or between on time and
 * late. Nothing is read back from {@code complaints.signals}.
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li>On time, late, extension compliance and within-timescale come from the domain's {@code ComplaintLifecycle}
 *     (CONTRACTS section 3). Each counter is dated by its own fact: received by the receipt (stage 2: the ESCALATED
 *     date), acknowledged by the acknowledgement, responded, outcome, remedy and response days by the response,
 *     extension by the stage's first EXTENDED, refusal and withdrawal by that fact. Themes and category by the
 *     complaint's first receipt.</li>
 * <li>A stage not yet acknowledged is neither on time nor late for acknowledgement.</li>
 * <li>Escalations are {@code stage2.received}; escalation rate = stage2.received / stage 1 responses in the same
 *     period.</li>
 * <li>Response days: working days from receipt (exclusive) to response (inclusive), buckets 0..19 and 20+.</li>
 * <li>Remedies: responses whose RESPONDED fact carries remedyAmount &gt; 0; the amount is kept in pence.</li>
 * <li>Survey dissatisfied: score at or below {@code surveyDissatisfiedAtOrBelow} (2), or any signal classifying
 *     that survey (source survey, sourceId = surveyId) dissatisfied; counted in the survey's period.</li>
 * <li>A service request is opened on its earliest event; it became a complaint on its earliest link: a
 *     RAISE_COMPLAINT signal naming it (serviceRequestId, or sourceId for a service_request signal), or a survey
 *     naming both it and a complaintId. Each request counts at most once for each.</li>
 * <li>Complaint events the ledger rejects (FactValidator, dead-lettered) never reach the aggregates.</li>
 * </ul>
 */
package io.complaintstreams.streams.aggregation;

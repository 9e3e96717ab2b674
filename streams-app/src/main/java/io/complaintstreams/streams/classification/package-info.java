/**
 * Classification (issue 6): CRM records to {@code complaints.signals}, repeated chasing, and
 * POSSIBLE_UNLOGGED_COMPLAINT alerts. Register with {@code new ClassificationPart()}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Every record with text is published, NONE included, so theme trends see all records; consumers filter on
 *       {@code action}/{@code dissatisfied}. A record with no text (a bare status change, a survey with no comment)
 *       gives no signal, except a survey scored at or below {@code surveyDissatisfiedAtOrBelow}: SIGNPOST,
 *       confidence 1.0, the score named in {@code reasons}.</li>
 *   <li>Signal.confidence is P(dissatisfied) (the classifier reports P(its own answer)); rule-based signals
 *       (low score, chasing) carry 1.0.</li>
 *   <li>Duplicates: a service request's status changes and the contacts naming it are de-duplicated by the request's
 *       ledger entry ({@code service-request-ledger}, its facts); other contacts and surveys by a seen-store of the
 *       eventIds of the last 400 days of stream time (window store). Repeats are dropped before classifying, so the
 *       classifier runs once per event (about 55 us, ~18k records/s per core).</li>
 *   <li>Chasing: in the service-request ledger, keyed by requestId. A service request never seen on crm.service-requests counts as open.
 *       COMPLETED/CANCELLED clears the count; contacts after that are not counted unless the request reopens.
 *       After a chasing signal the count restarts: the 4th and 5th contacts raise nothing, a 6th within 20 working
 *       days of the 4th raises the next one. signalId is {@code chasing:REQUEST:CONTACT_EVENT_ID}.</li>
 *   <li>Unlogged: keyed by residentId. dueOn = signal date (Europe/London) + N working days; a RECEIVED dated from
 *       the signal date to dueOn resolves it, whichever arrives first; the alert fires on the first punctuation
 *       dated after dueOn and is recorded in the same store, so it is raised once per signal. Each signal is
 *       alerted on its own (a chasing signal and a dissatisfied text on the same contact are two signals).
 *       With {@code --clock event} stream time for this check advances only with complaint-worthy signals and
 *       RECEIVED events.</li>
 *   <li>The service-request ledger reads crm.service-requests as it is (keyed by requestId) and what names a request
 *       from other topics through one named repartition topic of the same partition count; the unlogged check merges
 *       its inputs into one internal value type and one named repartition topic.</li>
 * </ul>
 */
package io.complaintstreams.streams.classification;

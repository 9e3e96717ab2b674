package io.complaintstreams.domain.complaint;

import static io.complaintstreams.domain.complaint.Facts.at;
import static io.complaintstreams.domain.complaint.Facts.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.domain.complaint.AlertOutcomes.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertOutcomesTest {
    private static final ComplaintFact RECEIVED = of("e1", FactType.RECEIVED, 1, "2025-04-01");
    private static final AlertKey ACK_SOON = new AlertKey(1, AlertKind.ACKNOWLEDGEMENT_DUE_SOON);
    private static final AlertKey ACK_OVERDUE = new AlertKey(1, AlertKind.ACKNOWLEDGEMENT_OVERDUE);
    private static final AlertKey RESP_SOON = new AlertKey(1, AlertKind.RESPONSE_DUE_SOON);

    @Test
    void shouldSupersedeADueSoonOnceItsOverdueIsRaisedEvenAfterTheAcknowledgement() {
        var facts = List.of(RECEIVED, of("e2", FactType.ACKNOWLEDGED, 1, "2025-04-10"));
        var outcome = AlertOutcomes.of(ACK_SOON, facts, Set.of(ACK_SOON, ACK_OVERDUE));
        assertEquals(Status.SUPERSEDED, outcome.status());
        assertEquals(AlertKind.ACKNOWLEDGEMENT_OVERDUE, outcome.supersededBy());
        var overdue = AlertOutcomes.of(ACK_OVERDUE, facts, Set.of(ACK_SOON, ACK_OVERDUE));
        assertEquals(Status.RESOLVED, overdue.status());
        assertEquals(at("2025-04-10"), overdue.at());
        assertEquals(FactType.ACKNOWLEDGED, overdue.byType());
    }

    @Test
    void shouldResolveAnAcknowledgementAlertByTheResponseWhenTheStageWasNeverAcknowledged() {
        var facts = List.of(RECEIVED, of("e2", FactType.RESPONDED, 1, "2025-04-07"));
        assertEquals(Status.RESOLVED, AlertOutcomes.of(ACK_SOON, facts, Set.of(ACK_SOON)).status());
        assertEquals(FactType.RESPONDED, AlertOutcomes.of(ACK_SOON, facts, Set.of(ACK_SOON)).byType());
    }

    @Test
    void shouldKeepAResponseAlertActiveUntilItsOwnStageIsRespondedTo() {
        var acknowledged = List.of(RECEIVED, of("e2", FactType.ACKNOWLEDGED, 1, "2025-04-02"),
                of("e3", FactType.EXTENDED, 1, "2025-04-10"));
        assertEquals(Status.ACTIVE, AlertOutcomes.of(RESP_SOON, acknowledged, Set.of(RESP_SOON)).status(),
                "an acknowledgement or an extension does not answer the response deadline");
        assertEquals(Status.RESOLVED, AlertOutcomes.of(RESP_SOON,
                List.of(RECEIVED, of("e4", FactType.WITHDRAWN, 1, "2025-04-09")), Set.of(RESP_SOON)).status());
    }

    @Test
    void shouldResolveStageOneAlertsWhenTheComplaintIsEscalatedToStageTwo() {
        var escalated = List.of(RECEIVED, of("e2", FactType.ESCALATED, 2, "2025-05-02"));
        var outcome = AlertOutcomes.of(ACK_OVERDUE, escalated, Set.of(ACK_OVERDUE));
        assertEquals(Status.RESOLVED, outcome.status());
        assertEquals(FactType.ESCALATED, outcome.byType());
        assertEquals(Status.ACTIVE, AlertOutcomes.of(new AlertKey(2, AlertKind.ACKNOWLEDGEMENT_OVERDUE), escalated,
                Set.of(new AlertKey(2, AlertKind.ACKNOWLEDGEMENT_OVERDUE))).status());
    }

    private static final AlertKey RESP_OVERDUE = new AlertKey(1, AlertKind.RESPONSE_OVERDUE);

    @Test
    void shouldSupersedeAResponseAlertAnExtensionMadeStaleAndBringItBackAsTheNewDateNears() {
        // a fresh user's finding: after EXTENDED the complaint was ON_TRACK and its RESPONSE_DUE_SOON stayed active
        var extended = List.of(RECEIVED, of("e2", FactType.ACKNOWLEDGED, 1, "2025-04-02"),
                of("e3", FactType.EXTENDED, 1, "2025-04-14"));
        var onTrack = new AlertOutcomes.Now(1, ComplaintStatus.ON_TRACK);
        var stale = AlertOutcomes.of(RESP_SOON, extended, Set.of(RESP_SOON), onTrack);
        assertEquals(Status.SUPERSEDED, stale.status());
        assertEquals(FactType.EXTENDED, stale.byType());
        assertEquals(at("2025-04-14"), stale.at());
        assertEquals(Status.ACTIVE, AlertOutcomes.of(RESP_SOON, extended, Set.of(RESP_SOON),
                new AlertOutcomes.Now(1, ComplaintStatus.DUE_SOON)).status(), "due soon again before the new date");
    }

    @Test
    void shouldSupersedeAResponseOverdueUntilTheExtendedDatePassesThenShowItAgain() {
        var extended = List.of(RECEIVED, of("e2", FactType.ACKNOWLEDGED, 1, "2025-04-02"),
                of("e3", FactType.EXTENDED, 1, "2025-04-20"));
        var raised = Set.of(RESP_SOON, RESP_OVERDUE);
        var dueSoon = new AlertOutcomes.Now(1, ComplaintStatus.DUE_SOON);
        assertEquals(Status.SUPERSEDED, AlertOutcomes.of(RESP_OVERDUE, extended, raised, dueSoon).status());
        assertEquals(Status.ACTIVE, AlertOutcomes.of(RESP_SOON, extended, raised, dueSoon).status(),
                "the due-soon is the one that needs action while the extended date is near");
        var overdue = new AlertOutcomes.Now(1, ComplaintStatus.OVERDUE);
        assertEquals(Status.ACTIVE, AlertOutcomes.of(RESP_OVERDUE, extended, raised, overdue).status());
        assertEquals(AlertKind.RESPONSE_OVERDUE, AlertOutcomes.of(RESP_SOON, extended, raised, overdue).supersededBy());
    }

    @Test
    void shouldJudgeAlertsAsBeforeWhenTheStatusSaysNothingAboutThem() {
        var extended = List.of(RECEIVED, of("e2", FactType.ACKNOWLEDGED, 1, "2025-04-02"),
                of("e3", FactType.EXTENDED, 1, "2025-04-10"), of("e4", FactType.RESPONDED, 1, "2025-04-25"));
        var closed = new AlertOutcomes.Now(1, ComplaintStatus.CLOSED_LATE);
        assertEquals(FactType.RESPONDED, AlertOutcomes.of(RESP_OVERDUE, extended, Set.of(RESP_OVERDUE), closed).byType());
        assertEquals(Status.ACTIVE, AlertOutcomes.of(ACK_OVERDUE, List.of(RECEIVED), Set.of(ACK_OVERDUE),
                new AlertOutcomes.Now(1, ComplaintStatus.ON_TRACK)).status(), "acknowledgement alerts ignore the status");
        assertEquals(Status.RESOLVED, AlertOutcomes.of(RESP_SOON, List.of(RECEIVED, of("e2", FactType.ESCALATED, 2,
                "2025-05-02")), Set.of(RESP_SOON), new AlertOutcomes.Now(2, ComplaintStatus.ON_TRACK)).status());
    }
}

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
}

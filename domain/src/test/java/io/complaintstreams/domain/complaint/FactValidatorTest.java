package io.complaintstreams.domain.complaint;

import static io.complaintstreams.domain.complaint.Facts.fact;
import static io.complaintstreams.domain.complaint.Facts.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactValidatorTest {
    private static String reason(List<ComplaintFact> existing, ComplaintFact fact) {
        Optional<String> reason = FactValidator.rejectReason(existing, fact);
        assertTrue(reason.isPresent(), "expected a rejection of " + fact);
        return reason.get();
    }

    @Test
    void shouldRejectStageOtherThanOneOrTwo() {
        assertTrue(reason(List.of(), of("e1", FactType.ACKNOWLEDGED, 3, "2024-10-02")).startsWith("stage:"));
        assertTrue(reason(List.of(), of("e1", FactType.RECEIVED, 0, "2024-10-02")).startsWith("stage:"));
    }

    @Test
    void shouldRejectStageThatContradictsType() {
        assertTrue(reason(List.of(), of("e1", FactType.RECEIVED, 2, "2024-10-02")).startsWith("stage:"));
        assertTrue(reason(List.of(), of("e1", FactType.ESCALATED, 1, "2024-10-02")).startsWith("stage:"));
    }

    @Test
    void shouldRejectExtensionWithoutPositiveDays() {
        assertTrue(reason(List.of(), of("e1", FactType.EXTENDED, 1, "2024-10-02")).startsWith("extensionWorkingDays:"));
        assertTrue(reason(List.of(), fact("e1", FactType.EXTENDED, 1, "2024-10-02").extensionWorkingDays(0).build())
                .startsWith("extensionWorkingDays:"));
    }

    @Test
    void shouldRejectWhatIngestRefusesByTheSameRules() {
        assertTrue(reason(List.of(), fact("e1", FactType.EXTENDED, 1, "2024-10-02").extensionWorkingDays(1_000_000).build())
                .startsWith("extensionWorkingDays:"));
        assertTrue(reason(List.of(), fact("e1", FactType.RECEIVED, 1, "2024-10-02").themes(java.util.Collections.nCopies(10_000, "made-up")).build())
                .startsWith("themes:"));
        assertTrue(reason(List.of(), fact("e1", FactType.RECEIVED, 1, "2024-10-02").themes(List.of("made-up")).build())
                .startsWith("themes[0]:"));
        assertTrue(reason(List.of(), fact("e1", FactType.RESPONDED, 1, "2024-10-02").remedyAmount(-5.0).build())
                .startsWith("remedyAmount:"));
    }

    @Test
    void shouldRejectLandlordConflictingWithExistingFacts() {
        ComplaintFact other = ComplaintFact.builder("e2", FactType.ACKNOWLEDGED, 1, Facts.at("2024-10-03")).complaint("C1", "L2", "R1").build();
        assertTrue(reason(List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02")), other).startsWith("landlordId:"));
    }

    @Test
    void shouldRejectUnknownOutcomeAndMissingEventId() {
        assertTrue(reason(List.of(), fact("e1", FactType.RESPONDED, 1, "2024-10-02").outcome("MAYBE").build()).startsWith("outcome:"));
        assertTrue(reason(List.of(), of(null, FactType.RECEIVED, 1, "2024-10-02")).startsWith("eventId:"));
    }

    @Test
    void shouldAcceptAcknowledgementArrivingBeforeItsReceiptAndListItAsOrphan() {
        ComplaintFact ack = of("e2", FactType.ACKNOWLEDGED, 1, "2024-10-03");
        assertEquals(Optional.empty(), FactValidator.rejectReason(List.of(), ack));
        assertEquals(List.of(ack), FactValidator.orphans(List.of(ack)));
        assertEquals(List.of(), FactValidator.orphans(List.of(ack, of("e1", FactType.RECEIVED, 1, "2024-10-02"))));
    }

    @Test
    void shouldListStage2FactsWithoutEscalationAsOrphans() {
        ComplaintFact received = of("e1", FactType.RECEIVED, 1, "2024-10-02");
        ComplaintFact stage2Ack = of("e3", FactType.ACKNOWLEDGED, 2, "2024-11-03");
        assertEquals(Optional.empty(), FactValidator.rejectReason(List.of(received), stage2Ack));
        assertEquals(List.of(stage2Ack), FactValidator.orphans(List.of(received, stage2Ack)));
    }

    @Test
    void shouldAcceptARepeatedEventSinceItChangesNothing() {
        ComplaintFact received = of("e1", FactType.RECEIVED, 1, "2024-10-02");
        assertEquals(Optional.empty(), FactValidator.rejectReason(List.of(received), received));
    }
}

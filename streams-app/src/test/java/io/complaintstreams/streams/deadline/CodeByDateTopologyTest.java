package io.complaintstreams.streams.deadline;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.ESCALATED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.RESPONDED;
import static io.complaintstreams.streams.deadline.DeadlineDriver.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.DeadlineState;
import io.complaintstreams.streams.ClockMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5 in the topology: a replayed 2023 complaint is judged by the 2022 Code, and its state says so. */
class CodeByDateTopologyTest {

    @Test
    void shouldPublishA2023Stage2RespondByFromTheEscalationRequestAndNameThe2022CodeOnReplay() {
        try (var d = new DeadlineDriver(ClockMode.EVENT)) {
            d.pipe(event("C23", RECEIVED, 1, "2023-04-03T10:00:00Z"));
            d.pipe(event("C23", RESPONDED, 1, "2023-04-14T10:00:00Z"));
            d.pipe(event("C23", ESCALATED, 2, "2023-06-01T10:00:00Z"));
            d.pipe(event("C23", ACKNOWLEDGED, 2, "2023-06-05T10:00:00Z"));
            d.pipe(event("C25", RECEIVED, 1, "2025-04-01T10:00:00Z"));
            List<DeadlineState> states = d.states.readValuesToList();
            DeadlineState c23 = states.stream().filter(s -> s.getComplaintId().equals("C23")).reduce((a, b) -> b).orElseThrow();
            assertEquals("2022", c23.getCode());
            assertEquals(2, c23.getStage());
            assertEquals(LocalDate.parse("2023-06-29"), c23.getRespondBy(), "escalation request + 20 working days (2022 Code)");
            DeadlineState c25 = states.stream().filter(s -> s.getComplaintId().equals("C25")).reduce((a, b) -> b).orElseThrow();
            assertEquals("2024", c25.getCode());
        }
    }
}

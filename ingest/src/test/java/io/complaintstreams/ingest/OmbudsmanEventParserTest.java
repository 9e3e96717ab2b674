package io.complaintstreams.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import complaintstreams.events.OmbudsmanEvent;
import complaintstreams.events.OmbudsmanFindingKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OmbudsmanEventParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventParsers parsers = new EventParsers();

    private static ObjectNode order() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"caseId":"HOS-1","complaintId":"C1","landlordId":"LL1","type":"ORDER_MADE",
                 "occurredAt":"2025-06-02T10:00:00Z","orderId":"O1","order":"apologise","orderDueOn":"2025-06-30","amount":250}""");
    }

    @Test
    void shouldParseAnOrderKeyedByComplaintWithAnEventIdDerivedFromContent() throws Exception {
        ParsedEvent parsed = parsers.parse(EventKind.OMBUDSMAN_CASES, order());
        OmbudsmanEvent e = (OmbudsmanEvent) parsed.value();
        assertEquals("C1", parsed.key());
        assertEquals(LocalDate.parse("2025-06-30"), e.getOrderDueOn());
        assertEquals(250.0, e.getAmount());
        assertNull(e.getResidentId());
        assertEquals(e.getEventId(), ((OmbudsmanEvent) parsers.parse(EventKind.OMBUDSMAN_CASES, order()).value()).getEventId());
        assertEquals(EventKind.OMBUDSMAN_CASES, EventKind.fromBaseName("crm.ombudsman-cases").orElseThrow());
    }

    @Test
    void shouldNameTheFieldOfABadEvent() throws Exception {
        ObjectNode noDue = order();
        noDue.remove("orderDueOn");
        assertEquals("orderDueOn", assertThrows(ValidationException.class, () -> parsers.parse(EventKind.OMBUDSMAN_CASES, noDue)).field());
        ObjectNode badDate = order().put("orderDueOn", "30/06/2025");
        assertEquals("orderDueOn", assertThrows(ValidationException.class, () -> parsers.parse(EventKind.OMBUDSMAN_CASES, badDate)).field());
        ObjectNode determined = (ObjectNode) JSON.readTree("""
                {"caseId":"HOS-1","complaintId":"C1","landlordId":"LL1","type":"DETERMINED","occurredAt":"2025-06-02T10:00:00Z",
                 "findings":[{"finding":"maladministration","issue":"repairs"},{"finding":"bad"}]}""");
        assertEquals("findings[1].finding", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.OMBUDSMAN_CASES, determined)).field());
        ((com.fasterxml.jackson.databind.node.ArrayNode) determined.get("findings")).remove(1);
        OmbudsmanEvent ok = (OmbudsmanEvent) parsers.parse(EventKind.OMBUDSMAN_CASES, determined).value();
        assertEquals(OmbudsmanFindingKind.MALADMINISTRATION, ok.getFindings().get(0).getFinding());
        ObjectNode other = order().put("type", "OTHER");
        assertEquals("type", assertThrows(ValidationException.class, () -> parsers.parse(EventKind.OMBUDSMAN_CASES, other)).field());
    }
}

package io.complaintstreams.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.generator.Topics;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import io.complaintstreams.reporting.ombudsman.OmbudsmanEvidence;
import io.complaintstreams.reporting.quarter.FinancialQuarter;
import io.complaintstreams.reporting.quarter.QuarterPack;
import io.complaintstreams.reporting.quarter.QuarterPackBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the annual report's and the quarterly pack's Ombudsman referrals, determinations and orders from a generated
 * year's {@code crm.ombudsman-cases} events, recomputed here straight from the JSON.
 */
class GeneratedOmbudsmanTest {
    private static final LocalDate FIRST = LocalDate.parse("2025-04-01");
    private static final LocalDate LAST = LocalDate.parse("2026-03-31");

    private static List<JsonNode> events() {
        return new LandlordGenerator(GeneratorSettings.of(20250401L, GeneratedYear.HOMES)).generate().stream()
                .filter(e -> e.topic().equals(Topics.OMBUDSMAN_CASES)).map(GeneratedEvent::json).map(JsonNode.class::cast).toList();
    }

    private static OmbudsmanFact fact(JsonNode e) {
        List<OmbudsmanFact.Finding> findings = new ArrayList<>();
        e.path("findings").forEach(f -> findings.add(new OmbudsmanFact.Finding(f.get("finding").asText(), f.path("issue").asText(null))));
        return new OmbudsmanFact(e.get("eventId").asText(), e.get("caseId").asText(), e.get("complaintId").asText(),
                e.get("landlordId").asText(), null, e.get("type").asText(), Instant.parse(e.get("occurredAt").asText()), findings,
                e.path("orderId").asText(null), e.path("order").asText(null),
                e.hasNonNull("orderDueOn") ? LocalDate.parse(e.get("orderDueOn").asText()) : null,
                e.hasNonNull("amount") ? e.get("amount").asDouble() : null);
    }

    private static boolean inYear(LocalDate d) {
        return d != null && !d.isBefore(FIRST) && !d.isAfter(LAST);
    }

    @Test
    void shouldReportTheGeneratedYearsReferralsDeterminationsAndOrdersFromEvents() {
        List<JsonNode> json = events();
        List<OmbudsmanFact> facts = json.stream().map(GeneratedOmbudsmanTest::fact).toList();
        // independent figures
        Set<String> referred = new HashSet<>();
        long determined = 0;
        long maladministration = 0;
        Map<String, LocalDate> due = new HashMap<>();
        Map<String, LocalDate> completed = new HashMap<>();
        for (JsonNode e : json) {
            LocalDate day = IndependentFigures.date(e);
            switch (e.get("type").asText()) {
                case "REFERRED" -> {
                    if (inYear(day)) {
                        referred.add(e.get("complaintId").asText());
                    }
                }
                case "DETERMINED" -> {
                    if (inYear(day)) {
                        determined++;
                        boolean mal = false;
                        for (JsonNode f : e.get("findings")) {
                            mal |= f.get("finding").asText().endsWith("MALADMINISTRATION") && !f.get("finding").asText().startsWith("NO_");
                        }
                        maladministration += mal ? 1 : 0;
                    }
                }
                case "ORDER_MADE" -> due.put(e.get("orderId").asText(), LocalDate.parse(e.get("orderDueOn").asText()));
                case "ORDER_COMPLETED" -> completed.merge(e.get("orderId").asText(), day, (a, b) -> a.isBefore(b) ? a : b);
                default -> { }
            }
        }
        Map<String, Long> byStatus = new TreeMap<>();
        due.forEach((order, by) -> {
            LocalDate done = completed.get(order);
            if (by.isAfter(LAST) || done != null && done.isBefore(FIRST)) {
                return;
            }
            String status = done != null && !done.isAfter(LAST) ? (done.isAfter(by) ? "COMPLETED_LATE" : "COMPLETED_ON_TIME")
                    : LAST.isAfter(by) ? "OVERDUE" : "OPEN";
            byStatus.merge(status, 1L, Long::sum);
        });
        assertTrue(referred.size() > 0 && determined > 0 && !byStatus.isEmpty(),
                "the generated year has Ombudsman cases: " + referred.size() + " referred, " + determined + " determined, orders " + byStatus);

        AnnualReport report = AnnualReportBuilder.standard().build(GeneratedYear.facts(), facts, FinancialYear.parse("2025-26"),
                Map.of(), null, null, Instant.parse("2026-04-02T09:00:00Z"));
        assertEquals(OmbudsmanEvidence.EVENTS, report.ombudsmanReferrals().file());
        assertEquals((long) referred.size(), report.ombudsmanReferrals().count());
        assertEquals(determined, report.ombudsmanDeterminations().count());
        assertEquals(maladministration, report.ombudsmanDeterminations().withMaladministration());
        assertEquals(byStatus, report.ombudsmanOrders().byStatus());
        String html = AnnualReportHtml.render(report);
        assertTrue(html.contains("Ombudsman determinations in the year") && html.contains("Ombudsman case events (crm.ombudsman-cases)"));
        System.out.printf("OMBUDSMAN-2025-26 referrals=%d determinations=%d maladministration=%d orders=%s%n", referred.size(),
                determined, maladministration, byStatus);

        // the quarterly pack: the same reading over Q4's dates; and without events the statements file is the fallback
        QuarterPack q4 = QuarterPackBuilder.standard().build(GeneratedYear.facts(), facts, FinancialQuarter.parse("2025-26-Q4"),
                Map.of(), null, null, Instant.parse("2026-04-02T09:00:00Z"));
        long referredQ4 = json.stream().filter(e -> e.get("type").asText().equals("REFERRED"))
                .map(IndependentFigures::date).filter(d -> !d.isBefore(LocalDate.parse("2026-01-01")) && !d.isAfter(LAST)).count();
        assertEquals(referredQ4, q4.ombudsmanReferrals().count());
        QuarterPack withoutEvents = QuarterPackBuilder.standard().build(GeneratedYear.facts(), List.of(),
                FinancialQuarter.parse("2025-26-Q4"), Map.of(), null, null, Instant.parse("2026-04-02T09:00:00Z"));
        assertEquals("Not supplied", withoutEvents.ombudsmanOrders().status());
    }
}

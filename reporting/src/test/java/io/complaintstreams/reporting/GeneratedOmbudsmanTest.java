package io.complaintstreams.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.complaintstreams.reporting.html.QuarterPackHtml;
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

    /**
     * A new user's finding: the pages showed the Ombudsman's findings as stored codes ("NO_MALADMINISTRATION",
     * "SERVICE_FAILURE (communication)") in the referrals and in each determination, and as "no maladministration" in the
     * table between them: three spellings on one page for a board. Every page now uses the glossary's labels.
     */
    @Test
    void shouldNameTheOmbudsmansFindingsInWordsOnTheAnnualReportAndTheQuarterlyPack() {
        List<OmbudsmanFact> facts = events().stream().map(GeneratedOmbudsmanTest::fact).toList();
        AnnualReport report = AnnualReportBuilder.standard().build(GeneratedYear.facts(), facts, FinancialYear.parse("2025-26"),
                Map.of(), null, null, Instant.parse("2026-04-02T09:00:00Z"));
        assertTrue(report.ombudsmanDeterminations().count() > 0 && report.ombudsmanReferrals().count() > 0);
        List<String> pages = new ArrayList<>(List.of(AnnualReportHtml.render(report)));
        for (String q : List.of("2025-26-Q1", "2025-26-Q2", "2025-26-Q3", "2025-26-Q4")) {
            pages.add(QuarterPackHtml.render(QuarterPackBuilder.standard().build(GeneratedYear.facts(), facts,
                    FinancialQuarter.parse(q), Map.of(), null, null, Instant.parse("2026-04-02T09:00:00Z"))));
        }
        String all = String.join("\n", pages);
        for (String code : List.of("SEVERE_MALADMINISTRATION", "NO_MALADMINISTRATION", "MALADMINISTRATION", "SERVICE_FAILURE",
                "REASONABLE_REDRESS", "OUTSIDE_JURISDICTION")) {
            assertFalse(all.contains(code), code + " shown as a code");
            assertFalse(all.contains(code.replace('_', ' ').toLowerCase() + "</td>"), code + " in lower case");
        }
        assertTrue(all.contains("Service failure") && all.contains("Maladministration"), "labelled findings");
    }
}

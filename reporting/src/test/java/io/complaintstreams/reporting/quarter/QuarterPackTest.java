package io.complaintstreams.reporting.quarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.reporting.GeneratedYear;
import io.complaintstreams.reporting.IndependentFigures;
import io.complaintstreams.reporting.IndependentFigures.Complaint;
import io.complaintstreams.reporting.html.QuarterPackHtml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly pack for a generated year, against a separate computation from the JSON events. */
class QuarterPackTest {
    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2025-26-Q3");
    private static final Map<String, Integer> HOMES = Map.of(GeneratedYear.LANDLORD, GeneratedYear.HOMES);
    private static List<Complaint> expected;
    private static QuarterPack pack;

    @BeforeAll
    static void computeBoth() {
        expected = IndependentFigures.complaints(GeneratedYear.complaintEvents());
        pack = QuarterPackBuilder.standard().build(GeneratedYear.facts(), Q3, HOMES, null, null, Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void shouldCountVolumesAgainstThePreviousQuarterAndLastYear() {
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            QuarterChange v = pack.volumes().get(stage - 1);
            long quarter = expected.stream().filter(c -> Q3.contains(c.stages()[s].start)).count();
            long previous = expected.stream().filter(c -> Q3.previous().contains(c.stages()[s].start)).count();
            assertTrue(quarter > (stage == 1 ? 20 : 2), "enough complaints to be a real check");
            assertEquals(List.of(quarter, previous, quarter - previous),
                    List.of(v.quarter(), v.previousQuarter(), v.changeFromPreviousQuarter()));
            assertNull(v.sameQuarterLastYear(), "the generated year starts in April 2025: last year's Q3 has no data, not 0");
            assertNull(v.changeFromLastYear());
        }
        assertEquals(IndependentFigures.pct(pack.volumes().get(1).quarter(), pack.volumes().get(0).quarter()),
                pack.escalations().ratePct());
    }

    @Test
    void shouldCountThemesOfComplaintsFirstReceivedInEachQuarter() {
        Map<String, long[]> themes = new TreeMap<>();
        for (Complaint c : expected) {
            LocalDate first = c.stages()[1].start != null ? c.stages()[1].start : c.stages()[2].start;
            int slot = Q3.contains(first) ? 0 : Q3.previous().contains(first) ? 1 : -1;
            if (slot < 0) {
                continue;
            }
            TreeSet<String> names = new TreeSet<>();
            c.events().forEach(e -> e.path("themes").forEach(t -> names.add(t.asText())));
            names.forEach(n -> themes.computeIfAbsent(n, k -> new long[2])[slot]++);
        }
        Map<String, List<Long>> actual = new TreeMap<>();
        pack.themes().forEach(t -> actual.put(t.name(), List.of(t.quarter(), t.previousQuarter())));
        Map<String, List<Long>> wanted = new TreeMap<>();
        themes.forEach((k, v) -> wanted.put(k, List.of(v[0], v[1])));
        assertFalse(wanted.isEmpty());
        assertEquals(wanted, actual);
        pack.risingThemes().forEach(r -> {
            assertTrue(r.change().changeFromPreviousQuarter() > 0);
            assertFalse(r.examples().isEmpty());
            r.examples().forEach(e -> assertTrue(Q3.contains(LocalDate.parse(e.receivedOn()))));
        });
    }

    @Test
    void shouldCountRefusalsAndOutcomesDatedInTheQuarter() {
        long refusals = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        for (Complaint c : expected) {
            for (int stage = 1; stage <= 2; stage++) {
                int s = stage;
                LocalDate firstRefusal = c.events().stream()
                        .filter(e -> e.get("type").asText().equals("REFUSED") && e.get("stage").asInt() == s)
                        .map(IndependentFigures::date).min(LocalDate::compareTo).orElse(null);
                refusals += Q3.contains(firstRefusal) ? 1 : 0;
            }
            if (c.stages()[1].start != null && Q3.contains(c.stages()[1].responded)) {
                outcomes.merge(c.stages()[1].outcome == null ? "NOT_RECORDED" : c.stages()[1].outcome, 1L, Long::sum);
            }
        }
        assertEquals(refusals, pack.refusals().total());
        Map<String, Long> actual = new TreeMap<>(pack.outcomes().stage1());
        actual.values().removeIf(v -> v == 0);
        assertEquals(outcomes, actual);
    }

    @Test
    void shouldStateTheDataCutOffAndGenerationTime() {
        LocalDate latest = GeneratedYear.complaintEvents().stream().map(IndependentFigures::date).max(LocalDate::compareTo).orElseThrow();
        assertEquals(latest.toString(), pack.dataCutOff());
        assertEquals("2026-01-05T09:00:00Z", pack.generatedAt());
    }

    @Test
    void shouldRenderEverySectionWithTheLandlordsStatementsAndOrders(@TempDir Path statements) throws Exception {
        Files.writeString(statements.resolve(QuarterPackBuilder.LEARNING_ACTIONS), "- Damp surveys now booked within 5 working days\n");
        Files.writeString(statements.resolve(OmbudsmanOrders.FILE), "orderId,due,completed\nO-9,2025-11-30,\n");
        QuarterPack withStatements = QuarterPackBuilder.standard().build(GeneratedYear.facts(), Q3, HOMES, null, statements,
                Instant.parse("2026-01-05T09:00:00Z"));
        String html = QuarterPackHtml.render(withStatements);
        for (String heading : List.of("Volumes", "Timeliness against the Complaint Handling Code", "Outcomes",
                "Categories and themes", "Complaints not accepted and remedies", "Housing Ombudsman: referrals, outcomes and orders",
                "Learning from complaints: actions this quarter")) {
            assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
        }
        assertTrue(html.contains("Damp surveys now booked"));
        assertTrue(html.contains("<th scope=\"row\">O-9</th>") && html.contains("overdue"));
        assertTrue(html.contains("<th scope=\"row\">Damp and mould</th>"), "themes carry their human labels");
        assertTrue(html.contains("Homes: 3,000"), "UK digit grouping");
        assertFalse(html.contains("null"));
    }

}

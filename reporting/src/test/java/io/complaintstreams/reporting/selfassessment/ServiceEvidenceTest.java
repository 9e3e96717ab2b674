package io.complaintstreams.reporting.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.request.ServiceRequestTargets;
import io.complaintstreams.generator.Topics;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.GeneratedYear;
import io.complaintstreams.reporting.IndependentFigures;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.DissatisfiedRecord;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.RequestChange;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Self-assessment rows 1.4, 1.5 and 1.6 for a generated year (its service requests, contacts, surveys and complaints),
 * against a second computation straight from the JSON events that shares only the working-day calendar and the set
 * of records the classifier finds dissatisfied (both sides are given the same set; what is checked is the monitoring,
 * the joins to complaints and the arithmetic).
 */
class ServiceEvidenceTest {
    private static final FinancialYear YEAR = FinancialYear.parse("2025-26");
    private static final Instant GENERATED = Instant.parse("2026-04-10T08:00:00Z");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Set<String> OPEN = Set.of("OPEN", "IN_PROGRESS");
    private static List<DissatisfiedRecord> dissatisfied;
    private static Map<String, SelfAssessmentRow> rows;

    @BeforeAll
    static void computeReport() {
        Classifier classifier = Classifier.defaultModel();
        dissatisfied = new ArrayList<>();
        List<RequestChange> changes = new ArrayList<>();
        for (JsonNode e : GeneratedYear.events(Topics.SERVICE_REQUESTS)) {
            changes.add(new RequestChange(text(e, "requestId"), text(e, "landlordId"), text(e, "residentId"), at(e), text(e, "status"),
                    text(e, "category"), text(e, "priority"), e.hasNonNull("dueAt") ? Instant.parse(text(e, "dueAt")) : null));
            if (e.hasNonNull("text") && classifier.classify(Source.SERVICE_REQUEST, text(e, "text")).dissatisfied()) {
                dissatisfied.add(new DissatisfiedRecord("service_request", text(e, "requestId"), text(e, "landlordId"),
                        text(e, "residentId"), at(e), text(e, "requestId")));
            }
        }
        for (JsonNode e : GeneratedYear.events(Topics.CONTACTS)) {
            if (e.hasNonNull("serviceRequestId") && classifier.classify(Source.CONTACT, text(e, "text")).dissatisfied()) {
                dissatisfied.add(new DissatisfiedRecord("contact", text(e, "contactId"), text(e, "landlordId"), text(e, "residentId"),
                        at(e), text(e, "serviceRequestId")));
            }
        }
        List<SurveyResponse> surveys = new ArrayList<>();
        for (JsonNode e : GeneratedYear.events(Topics.SURVEYS)) {
            surveys.add(new SurveyResponse(text(e, "surveyId"), text(e, "landlordId"), text(e, "residentId"), at(e), text(e, "kind"),
                    e.get("score").asInt(), text(e, "serviceRequestId"), text(e, "complaintId")));
            if (e.hasNonNull("comment") && classifier.classify(Source.SURVEY, text(e, "comment")).dissatisfied()) {
                dissatisfied.add(new DissatisfiedRecord("survey", text(e, "surveyId"), text(e, "landlordId"), text(e, "residentId"),
                        at(e), text(e, "serviceRequestId")));
            }
        }
        ServiceRecords records = new ServiceRecords(changes, surveys, dissatisfied, ServiceRequestTargets.parse("repairs=15"), 2);
        rows = SelfAssessmentBuilder.standard().build(GeneratedYear.facts(), records, YEAR, null, null, GENERATED).rows().stream()
                .collect(Collectors.toMap(SelfAssessmentRow::provision, Function.identity()));
    }

    @Test
    void shouldMeasureServiceRequestsRecordedInTheYearAndThoseLateOrOverdue() {
        Map<String, List<JsonNode>> byRequest = new LinkedHashMap<>();
        GeneratedYear.events(Topics.SERVICE_REQUESTS).forEach(e -> byRequest.computeIfAbsent(text(e, "requestId"), k -> new ArrayList<>()).add(e));
        LocalDate asOf = GeneratedYear.events(Topics.SERVICE_REQUESTS).stream().map(IndependentFigures::date)
                .max(LocalDate::compareTo).filter(d -> d.isBefore(YEAR.lastDay())).orElse(YEAR.lastDay());
        long recorded = 0;
        long withDue = 0;
        List<String> late = new ArrayList<>();
        for (var entry : byRequest.entrySet()) {
            List<JsonNode> known = entry.getValue().stream().filter(e -> !IndependentFigures.date(e).isAfter(asOf)).toList();
            if (known.isEmpty() || !IndependentFigures.inYear(known.stream().map(IndependentFigures::date).min(LocalDate::compareTo).get(), 2025)) {
                continue;
            }
            recorded++;
            JsonNode latest = known.get(0);
            Instant dueAt = null;
            Instant dueAtSeen = null;
            for (JsonNode e : known) { // the latest change by occurredAt; on a tie the later one in the list
                if (!at(e).isBefore(at(latest))) {
                    latest = e;
                }
                if (e.hasNonNull("dueAt") && (dueAtSeen == null || !at(e).isBefore(dueAtSeen))) {
                    dueAt = Instant.parse(text(e, "dueAt"));
                    dueAtSeen = at(e);
                }
            }
            String category = null;
            Instant categorySeen = null;
            for (JsonNode e : known) {
                if (e.hasNonNull("category") && (categorySeen == null || !at(e).isBefore(categorySeen))) {
                    category = text(e, "category");
                    categorySeen = at(e);
                }
            }
            LocalDate opened = known.stream().map(IndependentFigures::date).min(LocalDate::compareTo).get();
            LocalDate due = dueAt != null ? day(dueAt) // else the landlord's target given above: repairs in 15 working days
                    : "repairs".equalsIgnoreCase(category) ? CALENDAR.plusWorkingDays(opened, 15) : null;
            if (due == null) {
                continue;
            }
            withDue++;
            String status = text(latest, "status");
            boolean completedLate = status.equals("COMPLETED") && IndependentFigures.date(latest).isAfter(due);
            boolean overdue = OPEN.contains(status) && asOf.isAfter(due);
            if (completedLate || overdue) {
                late.add(entry.getKey());
            }
        }
        SelfAssessmentRow row = rows.get("1.4");
        assertTrue(recorded > 5000 && late.size() > 500, "a real check: " + recorded + " recorded, " + late.size() + " late");
        assertEquals(EvidenceSource.DATA, row.source());
        assertEquals(recorded, row.of());
        assertEquals(withDue, row.count());
        assertEquals(late.size(), row.exceptionCount());
        assertEquals(late.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), row.exceptions());
        assertEquals(withDue == recorded ? SelfAssessmentRow.YES : SelfAssessmentRow.NO, row.suggestedComply());
        assertEquals(IndependentFigures.pct(withDue, recorded), row.pct());
    }

    @Test
    void shouldCountDissatisfiedServiceRequestsAndThoseRaisedAsComplaints() {
        Map<String, DissatisfiedRecord> first = new TreeMap<>();
        for (DissatisfiedRecord d : dissatisfied) {
            LocalDate day = day(d.occurredAt());
            if (d.serviceRequestId() != null && !d.source().equals("survey") && IndependentFigures.inYear(day, 2025)
                    && (!first.containsKey(d.serviceRequestId()) || d.occurredAt().isBefore(first.get(d.serviceRequestId()).occurredAt()))) {
                first.put(d.serviceRequestId(), d);
            }
        }
        Map<String, List<LocalDate>> complaints = complaintsByResident();
        Set<String> surveyLinked = new HashSet<>();
        GeneratedYear.events(Topics.SURVEYS).stream().filter(e -> e.hasNonNull("serviceRequestId") && e.hasNonNull("complaintId"))
                .forEach(e -> surveyLinked.add(text(e, "serviceRequestId")));
        List<String> notRaised = new ArrayList<>();
        long raised = 0;
        long promptly = 0;
        for (var e : first.entrySet()) {
            LocalDate from = day(e.getValue().occurredAt());
            LocalDate to = CALENDAR.plusWorkingDays(from, 5);
            List<LocalDate> theirs = complaints.getOrDefault(e.getValue().landlordId() + "|" + e.getValue().residentId(), List.of());
            boolean linked = surveyLinked.contains(e.getKey());
            if (linked || theirs.stream().anyMatch(d -> !d.isBefore(from))) {
                raised++;
            } else {
                notRaised.add(e.getKey());
            }
            if (linked || theirs.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to))) {
                promptly++;
            }
        }
        SelfAssessmentRow row = rows.get("1.5");
        assertTrue(first.size() > 50 && raised > 0 && !notRaised.isEmpty(), "a real check: " + first.size() + " dissatisfied, " + raised + " raised");
        assertEquals(EvidenceSource.DATA, row.source());
        assertEquals((long) first.size(), row.of());
        assertEquals(raised, row.count());
        assertEquals(IndependentFigures.pct(raised, first.size()), row.pct());
        assertEquals(notRaised.size(), row.exceptionCount());
        assertEquals(notRaised.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), row.exceptions());
        assertEquals(SelfAssessmentRow.NO, row.suggestedComply());
        assertTrue(row.evidence().contains(String.format(java.util.Locale.UK, ", %,d of them within 5 working days", promptly)), row.evidence());
        // a new user's finding: the evidence named its sources as codes ("contact: 518, service_request: 288")
        assertFalse(row.evidence().contains("service_request") || row.evidence().contains("contact:"), row.evidence());
        assertTrue(row.evidence().matches(".*\\(from contacts: [0-9,]+, from the requests' own notes: [0-9,]+\\).*"), row.evidence());
    }

    @Test
    void shouldCountDissatisfiedSurveyResponsesAndThoseWithAComplaintRoute() {
        Set<String> dissatisfiedComments = dissatisfied.stream().filter(d -> d.source().equals("survey"))
                .map(DissatisfiedRecord::sourceId).collect(Collectors.toSet());
        Map<String, List<LocalDate>> complaints = complaintsByResident();
        long responses = 0;
        long unhappy = 0;
        long evidenced = 0;
        List<String> none = new ArrayList<>();
        for (JsonNode e : GeneratedYear.events(Topics.SURVEYS)) {
            LocalDate day = IndependentFigures.date(e);
            if (!IndependentFigures.inYear(day, 2025)) {
                continue;
            }
            responses++;
            if (e.get("score").asInt() > 2 && !dissatisfiedComments.contains(text(e, "surveyId"))) {
                continue;
            }
            unhappy++;
            LocalDate to = CALENDAR.plusWorkingDays(day, 20);
            boolean complained = complaints.getOrDefault(text(e, "landlordId") + "|" + text(e, "residentId"), List.of()).stream()
                    .anyMatch(d -> !d.isBefore(day) && !d.isAfter(to));
            if (e.hasNonNull("complaintId") || complained) {
                evidenced++;
            } else {
                none.add(text(e, "surveyId"));
            }
        }
        SelfAssessmentRow row = rows.get("1.6");
        assertTrue(unhappy > 100 && evidenced > 0 && !none.isEmpty(), "a real check: " + unhappy + " of " + responses);
        assertEquals(EvidenceSource.DATA, row.source());
        assertEquals(unhappy, row.of());
        assertEquals(evidenced, row.count());
        assertEquals(none.size(), row.exceptionCount());
        assertEquals(none.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), row.exceptions());
        assertTrue(row.evidence().startsWith(String.format(java.util.Locale.UK, "%,d of %,d survey responses", unhappy, responses)),
                row.evidence());
    }

    @Test
    void shouldLeaveRows14To16ForTheOfficerWhenNoServiceRecordsAreSupplied() {
        Map<String, SelfAssessmentRow> without = SelfAssessmentBuilder.standard().build(GeneratedYear.facts(), YEAR, null, null, GENERATED)
                .rows().stream().collect(Collectors.toMap(SelfAssessmentRow::provision, Function.identity()));
        for (String provision : List.of("1.4", "1.5", "1.6")) {
            assertEquals(EvidenceSource.FOR_COMPLAINTS_OFFICER, without.get(provision).source(), provision);
        }
    }

    /** landlord|resident -> the dates their complaints were first received (stage 1, else the escalation). */
    private static Map<String, List<LocalDate>> complaintsByResident() {
        Map<String, LocalDate> received = new HashMap<>();
        Map<String, LocalDate> escalated = new HashMap<>();
        Map<String, String> who = new HashMap<>();
        for (JsonNode e : GeneratedYear.complaintEvents()) {
            String id = text(e, "complaintId");
            who.put(id, text(e, "landlordId") + "|" + text(e, "residentId"));
            Map<String, LocalDate> into = e.get("type").asText().equals("RECEIVED") ? received
                    : e.get("type").asText().equals("ESCALATED") ? escalated : null;
            if (into != null) {
                into.merge(id, IndependentFigures.date(e), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, List<LocalDate>> out = new HashMap<>();
        who.forEach((id, key) -> {
            LocalDate first = received.getOrDefault(id, escalated.get(id));
            if (first != null) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(first);
            }
        });
        return out;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    }

    private static Instant at(JsonNode e) {
        return Instant.parse(text(e, "occurredAt"));
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }
}

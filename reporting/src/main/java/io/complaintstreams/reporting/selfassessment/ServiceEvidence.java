package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.request.ServiceRequestView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.Rates;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.DissatisfiedRecord;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.RequestChange;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.SurveyResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rows 1.4 (service requests recorded and monitored), 1.5 (dissatisfied service requests raised as complaints) and 1.6
 * (dissatisfied survey responses signposted) from {@link ServiceRecords} and the complaints. Dates are Europe/London,
 * working days England and Wales. Read in README-reporting.md ("Self-assessment evidence").
 */
final class ServiceEvidence {
    /** 1.5: a complaint from the resident received on the day of the dissatisfaction up to this many working days after it
     *  is raised promptly (the topology's {@code signals.unlogged-after-working-days} default, POSSIBLE_UNLOGGED_COMPLAINT). */
    static final int RAISED_WITHIN_WORKING_DAYS = 5;
    /** 1.6: a complaint from the resident received on the day of the survey up to this many working days after it. */
    static final int COMPLAINED_AFTER_SURVEY_WITHIN_WORKING_DAYS = 20;

    private final ServiceRecords in;
    private final FinancialYear year;
    private final String landlordId;
    private final WorkingDayCalendar calendar;
    /** landlord|resident -> the dates their complaints were first received. */
    private final Map<String, List<LocalDate>> complaintsByResident = new HashMap<>();

    ServiceEvidence(ServiceRecords in, List<ComplaintRecord> complaints, FinancialYear year, String landlordId,
                    WorkingDayCalendar calendar) {
        this.in = in;
        this.year = year;
        this.landlordId = landlordId;
        this.calendar = calendar;
        for (ComplaintRecord c : complaints) {
            String resident = c.facts().stream().map(ComplaintFact::residentId).filter(r -> r != null).findFirst().orElse(null);
            if (resident != null && c.firstReceivedOn() != null) {
                complaintsByResident.computeIfAbsent(c.landlordId() + "|" + resident, k -> new ArrayList<>()).add(c.firstReceivedOn());
            }
        }
    }

    /** A count with UK digit grouping, as the report pages print them (9,110). */
    static String n(long count) {
        return String.format(java.util.Locale.UK, "%,d", count);
    }

    private boolean mine(String landlord) {
        return landlordId == null || landlordId.equals(landlord);
    }

    /** A complaint of the resident first received from {@code from} up to {@code workingDays} after it (null: any time after). */
    private boolean complainedBetween(String landlord, String resident, LocalDate from, Integer workingDays) {
        LocalDate to = workingDays == null ? LocalDate.MAX : calendar.plusWorkingDays(from, workingDays);
        return complaintsByResident.getOrDefault(landlord + "|" + resident, List.of()).stream()
                .anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    }

    /** The date the monitoring is judged on: the year's last day, or the last date any request changed when earlier. */
    LocalDate asOf() {
        LocalDate latest = in.requestChanges().stream().filter(c -> mine(c.landlordId()))
                .map(c -> c.occurredAt().atZone(ComplaintFact.ZONE).toLocalDate()).max(Comparator.naturalOrder()).orElse(year.lastDay());
        return latest.isBefore(year.lastDay()) ? latest : year.lastDay();
    }

    SelfAssessmentRow monitored() {
        LocalDate asOf = asOf();
        Map<String, List<RequestChange>> byRequest = in.requestChanges().stream().filter(c -> mine(c.landlordId()))
                .collect(Collectors.groupingBy(RequestChange::requestId, TreeMap::new, Collectors.toList()));
        Set<String> raised = raisedRequests(null);
        long recorded = 0;
        long withDue = 0;
        long fromTarget = 0;
        long completed = 0;
        long completedLate = 0;
        long overdue = 0;
        long becameComplaints = 0;
        List<String> late = new ArrayList<>();
        for (var e : byRequest.entrySet()) {
            List<ServiceRequestView.StatusChange> changes = e.getValue().stream()
                    .filter(c -> !c.occurredAt().atZone(ComplaintFact.ZONE).toLocalDate().isAfter(asOf))
                    .map(c -> new ServiceRequestView.StatusChange(c.occurredAt(), c.status(), c.category(), c.priority(), c.dueAt()))
                    .toList();
            if (changes.isEmpty()) {
                continue;
            }
            ServiceRequestView v = ServiceRequestView.of(changes, Optional.empty(), in.targets(), calendar, ComplaintFact.ZONE, asOf);
            if (!year.contains(v.openedOn())) {
                continue;
            }
            recorded++;
            withDue += v.dueOn() != null ? 1 : 0;
            fromTarget += "target".equals(v.dueFrom()) ? 1 : 0;
            completed += "COMPLETED".equals(v.status()) ? 1 : 0;
            completedLate += v.completedLate() ? 1 : 0;
            overdue += v.overdue() ? 1 : 0;
            becameComplaints += raised.contains(e.getKey()) ? 1 : 0;
            if (v.completedLate() || v.overdue()) {
                late.add(e.getKey());
            }
        }
        String evidence = recorded == 0 ? "No service request was recorded in the year."
                : n(recorded) + " service requests recorded in the year (first status change dated in it); " + n(withDue)
                + " have a due date (" + n(withDue - fromTarget) + " given by the CRM, " + n(fromTarget) + " from the landlord's targets by "
                + "category). As of " + asOf + ": " + n(completed) + " completed, " + n(completedLate) + " of them after their due date; "
                + n(overdue) + " open past their due date; " + n(becameComplaints) + " raised as complaints (1.5).";
        return new SelfAssessmentRow("1.4", "Service requests are recorded, monitored and reviewed regularly", EvidenceSource.DATA,
                withDue, recorded, Rates.percent(withDue, recorded), evidence,
                late.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), late.size(),
                recorded == 0 ? null : withDue == recorded ? SelfAssessmentRow.YES : SelfAssessmentRow.NO,
                "The suggestion reads whether every request recorded is monitored against a due date; the exceptions are the "
                        + "service requests completed late or open past their due date, for review.");
    }

    /** The first dissatisfaction with each service request in the year: requestId -> the record. */
    private Map<String, DissatisfiedRecord> dissatisfiedRequests() {
        Map<String, DissatisfiedRecord> first = new TreeMap<>();
        in.dissatisfied().stream().filter(d -> d.serviceRequestId() != null && !"survey".equals(d.source()) && mine(d.landlordId()))
                .filter(d -> year.contains(d.occurredAt().atZone(ComplaintFact.ZONE).toLocalDate()))
                .sorted(Comparator.comparing(DissatisfiedRecord::occurredAt).thenComparing(DissatisfiedRecord::sourceId))
                .forEach(d -> first.putIfAbsent(d.serviceRequestId(), d));
        return first;
    }

    /** Dissatisfied requests raised as a complaint: a survey names the request and a complaint, or the resident's complaint
     *  was received on or after the first dissatisfaction ({@code withinWorkingDays} after it at most; null: any time). */
    private Set<String> raisedRequests(Integer withinWorkingDays) {
        Set<String> surveyLinked = in.surveys().stream().filter(s -> s.serviceRequestId() != null && s.complaintId() != null)
                .map(SurveyResponse::serviceRequestId).collect(Collectors.toSet());
        return dissatisfiedRequests().entrySet().stream().filter(e -> surveyLinked.contains(e.getKey())
                        || complainedBetween(e.getValue().landlordId(), e.getValue().residentId(),
                        e.getValue().occurredAt().atZone(ComplaintFact.ZONE).toLocalDate(), withinWorkingDays))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    SelfAssessmentRow raisedAsComplaints() {
        Map<String, DissatisfiedRecord> dissatisfied = dissatisfiedRequests();
        Set<String> raised = raisedRequests(null);
        long promptly = raisedRequests(RAISED_WITHIN_WORKING_DAYS).size();
        Tally tally = new Tally();
        dissatisfied.keySet().forEach(id -> tally.add(raised.contains(id), id));
        Map<String, Long> bySource = dissatisfied.values().stream()
                .collect(Collectors.groupingBy(DissatisfiedRecord::source, TreeMap::new, Collectors.counting()));
        String evidence = tally.of() == 0 ? "No service request had a dissatisfied note or contact in the year."
                : n(tally.of()) + " service requests had a first dissatisfied record in the year (" + bySource.entrySet().stream()
                .map(e -> sourceInWords(e.getKey()) + ": " + n(e.getValue())).collect(Collectors.joining(", ")) + "); " + n(tally.met())
                + " were raised as complaints (a complaint from the same resident received that day or later, or a survey naming "
                + "the request and a complaint), " + n(promptly) + " of them within " + RAISED_WITHIN_WORKING_DAYS + " working days; "
                + n(tally.of() - tally.met()) + " were not.";
        return tally.row("1.5", "A complaint is raised when a resident is dissatisfied with the response to a service request, "
                        + "even while the request is ongoing", evidence,
                tally.exceptions().isEmpty() ? null : "Exceptions are the service requests not raised as complaints: confirm for "
                        + "each that the resident chose not to complain (e.g. the officer's OFFERED_DECLINED resolution).");
    }

    /** Where a request's dissatisfaction was read, in words (the signal's source code otherwise). */
    private static String sourceInWords(String source) {
        return switch (source) {
            case "contact" -> "from contacts";
            case "service_request" -> "from the requests' own notes";
            default -> source;
        };
    }

    SelfAssessmentRow surveysSignposted() {
        Set<String> dissatisfiedComments = in.dissatisfied().stream().filter(d -> "survey".equals(d.source()))
                .map(DissatisfiedRecord::sourceId).collect(Collectors.toSet());
        List<SurveyResponse> responses = in.surveys().stream().filter(s -> mine(s.landlordId()))
                .filter(s -> year.contains(s.occurredAt().atZone(ComplaintFact.ZONE).toLocalDate())).toList();
        Tally tally = new Tally();
        long aboutComplaint = 0;
        for (SurveyResponse s : responses) {
            if (s.score() > in.surveyDissatisfiedAtOrBelow() && !dissatisfiedComments.contains(s.surveyId())) {
                continue;
            }
            boolean already = s.complaintId() != null;
            aboutComplaint += already ? 1 : 0;
            tally.add(already || complainedBetween(s.landlordId(), s.residentId(), s.occurredAt().atZone(ComplaintFact.ZONE).toLocalDate(),
                    COMPLAINED_AFTER_SURVEY_WITHIN_WORKING_DAYS), s.surveyId());
        }
        String evidence = responses.isEmpty() ? "No survey response was recorded in the year."
                : n(tally.of()) + " of " + n(responses.size()) + " survey responses in the year were dissatisfied ("
                + Rates.percent(tally.of(), responses.size()) + "%: a score at or below " + in.surveyDissatisfiedAtOrBelow()
                + " of 5 or a dissatisfied comment; each is a SIGNPOST signal for the officer). The complaint route is evidenced for "
                + n(tally.met()) + ": " + n(aboutComplaint) + " about a complaint already and " + n(tally.met() - aboutComplaint)
                + " followed by a complaint from the resident within " + COMPLAINED_AFTER_SURVEY_WITHIN_WORKING_DAYS
                + " working days; " + n(tally.of() - tally.met()) + " show neither.";
        return tally.row("1.6", "Residents dissatisfied in a survey are given information on how to complain", evidence,
                tally.exceptions().isEmpty() ? null : "The events do not record the signposting itself: the exceptions are the "
                        + "survey responses with no complaint route in the data. If every dissatisfied respondent is told how to "
                        + "complain (e.g. in the survey's follow-up), record that here and read Yes.");
    }
}

package io.complaintstreams.reporting;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintLifecycle;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.domain.complaint.FactOrder;
import io.complaintstreams.domain.deadline.CodeEditions;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every complaint's facts into {@link ComplaintRecord}s with the domain's {@link ComplaintLifecycle}, so the
 * reports date and count exactly as the deadline processor does. Fact lists sharing a complaintId are merged (so a
 * complaint is counted once); complaints whose start (RECEIVED or ESCALATED) was never seen are left out.
 */
public final class ComplaintRecords {
    private final ComplaintLifecycle lifecycle;
    private final CodeEditions editions;
    private final LocalTargets targets;

    /** Every complaint judged by {@code rules}, whatever its date. */
    public ComplaintRecords(WorkingDayCalendar calendar, CodeRules rules, LocalTargets targets) {
        this(calendar, CodeEditions.single(rules), targets);
    }

    /** Each complaint judged by the Code edition in force on the date it was received. */
    public ComplaintRecords(WorkingDayCalendar calendar, CodeEditions editions, LocalTargets targets) {
        this.lifecycle = new ComplaintLifecycle(calendar, DeadlineCalculator.DEFAULT_DUE_SOON_WORKING_DAYS);
        this.editions = editions;
        this.targets = targets == null ? LocalTargets.none() : targets;
    }

    /** England and Wales working days, the Code edition in force when each complaint was received, no local targets. */
    public static ComplaintRecords standard() {
        return new ComplaintRecords(WorkingDayCalendar.englandAndWales(), CodeEditions.standard(), LocalTargets.none());
    }

    /** England and Wales working days, the Code edition in force when each complaint was received, and {@code targets}. */
    public static ComplaintRecords withLocalTargets(LocalTargets targets) {
        return new ComplaintRecords(WorkingDayCalendar.englandAndWales(), CodeEditions.standard(), targets);
    }

    /** Whether the landlord's local targets were supplied (the reports say "Not supplied" otherwise). */
    public boolean hasLocalTargets() {
        return !targets.equals(LocalTargets.none());
    }

    /** @param asOf the date open complaints are evaluated at (does not change response dates or flags) */
    public List<ComplaintRecord> of(Collection<? extends Collection<ComplaintFact>> complaints, LocalDate asOf) {
        Map<String, List<ComplaintFact>> byComplaint = new LinkedHashMap<>();
        int anonymous = 0;
        for (Collection<ComplaintFact> facts : complaints) {
            String id = facts.stream().map(ComplaintFact::complaintId).filter(c -> c != null).findFirst()
                    .orElse("\u0000" + anonymous++);
            byComplaint.computeIfAbsent(id, k -> new ArrayList<>()).addAll(facts);
        }
        List<ComplaintRecord> records = new ArrayList<>(byComplaint.size());
        byComplaint.values().forEach(facts -> record(facts, asOf).ifPresent(records::add));
        return records;
    }

    private Optional<ComplaintRecord> record(List<ComplaintFact> facts, LocalDate asOf) {
        return lifecycle.evaluate(facts, asOf, editions, targets).map(view -> toRecord(view, FactOrder.canonical(facts)));
    }

    private static ComplaintRecord toRecord(ComplaintView view, List<ComplaintFact> canonical) {
        boolean atStage2 = view.stage() == 2;
        return new ComplaintRecord(view.complaintId(), view.landlordId(), view.tenure(),
                atStage2 ? view.stage1() : view.current(), atStage2 ? view.current() : null,
                view.category(), view.themes(), canonical, view.code());
    }

    /**
     * Whether any fact of these records is dated in the period: a period without one has no data (its counts read
     * "no data", not 0), as the quarterly pack's comparisons and the annual report's previous year.
     */
    public static boolean hasData(Collection<ComplaintRecord> records, ReportingPeriod period) {
        return records.stream().anyMatch(r -> r.facts().stream().anyMatch(f -> period.contains(f.date())));
    }

    /** The latest Europe/London date of any fact of these records (a report's data cut-off), YYYY-MM-DD; null when none. */
    public static String dataCutOff(Collection<ComplaintRecord> records) {
        return records.stream().flatMap(r -> r.facts().stream()).map(ComplaintFact::date).max(LocalDate::compareTo)
                .map(LocalDate::toString).orElse(null);
    }
}

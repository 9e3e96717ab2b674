package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.Rates;
import io.complaintstreams.reporting.annual.Refusals;
import io.complaintstreams.reporting.quarter.FinancialQuarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rows that data evidences outside the stage timescales: refusals (2.x), stage 2 independence (6.13), remedies (7.x), reporting (8.1, 9.7). */
final class ComplaintEvidence {
    /** A refusal reason that says the complaint came too late (Code 2.3's 12 months). */
    static final Pattern TWELVE_MONTHS = Pattern.compile("12[- ]?month|twelve months|time limit|too late|out of time");

    private final List<ComplaintRecord> records;
    private final FinancialYear year;
    private final List<Refusals.Refusal> refusals;

    ComplaintEvidence(List<ComplaintRecord> records, FinancialYear year) {
        this.records = records;
        this.year = year;
        this.refusals = Refusals.first(records, year);
    }

    SelfAssessmentRow refusalReasons() {
        Tally tally = new Tally();
        refusals.forEach(x -> tally.add(x.reason() != null, x.complaintId()));
        String byReason = refusals.stream().collect(Collectors.groupingBy(x -> x.reason() == null ? Refusals.NO_REASON : x.reason(),
                java.util.TreeMap::new, Collectors.counting())).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        return tally.row("2.1", "Accept a complaint unless there is a valid reason not to, and be able to evidence the reasoning",
                tally.of() == 0 ? "No complaint was refused in the year."
                        : tally.of() + " complaints not accepted in the year; a reason was recorded for " + tally.met() + ". By reason: " + byReason + ".",
                tally.exceptions().isEmpty() ? null : "Exceptions are refusals with no recorded reason.");
    }

    SelfAssessmentRow outsideTwelveMonths() {
        List<String> late = refusals.stream().filter(x -> x.reason() != null && TWELVE_MONTHS.matcher(x.reason().toLowerCase(Locale.ROOT)).find())
                .map(Refusals.Refusal::complaintId).sorted().toList();
        return new SelfAssessmentRow("2.3", "Accept complaints made within 12 months of the issue (or of the resident becoming aware "
                + "of it); consider discretion for older ones", EvidenceSource.DATA, (long) late.size(), (long) refusals.size(),
                Rates.percent(late.size(), refusals.size()),
                late.size() + " of " + refusals.size() + " refusals in the year were recorded as outside the 12-month time limit.",
                late.stream().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), late.size(), null,
                late.isEmpty() ? null : "The listed complaints are for review: was discretion considered for each?");
    }

    SelfAssessmentRow noBlanketExclusions() {
        long started = records.stream().filter(r -> year.contains(r.stage1ReceivedOn())).count()
                + records.stream().filter(r -> year.contains(r.escalatedOn())).count();
        return new SelfAssessmentRow("2.5", "No blanket approach to excluding complaints: each considered on its own merits",
                EvidenceSource.DATA, (long) refusals.size(), started, Rates.percent(refusals.size(), started),
                refusals.size() + " refusals against " + started + " complaints and escalation requests received in the year.",
                List.of(), 0, null, "A high or rising refusal rate, or one reason dominating, is worth a closer look.");
    }

    SelfAssessmentRow acknowledgementDefinition() {
        long acks = records.stream().flatMap(r -> r.facts().stream())
                .filter(f -> f.type() == FactType.ACKNOWLEDGED && year.contains(f.date())).count();
        return new SelfAssessmentRow("5.6", "On acknowledging, set out the landlord's understanding of the complaint and the "
                + "outcomes the resident seeks (the complaint definition)", EvidenceSource.FOR_COMPLAINTS_OFFICER, null, null, null,
                acks + " acknowledgements were recorded in the year; the events do not carry the complaint definition, so its "
                        + "presence cannot be measured here.", List.of(), 0, null, "For the complaints officer: sample acknowledgement letters.");
    }

    SelfAssessmentRow independentStage2() {
        Tally tally = new Tally();
        long unknown = 0;
        for (ComplaintRecord r : records) {
            StageView s1 = r.stage1();
            StageView s2 = r.stage2();
            if (s2 == null || !year.contains(s2.receivedOn())) {
                continue;
            }
            if (s1 == null || s1.handlerId() == null || s2.handlerId() == null) {
                unknown++;
                continue;
            }
            tally.add(!s1.handlerId().equals(s2.handlerId()), r.complaintId());
        }
        return tally.row("6.13", "The person considering the complaint at stage 2 is not the one who considered it at stage 1",
                tally.met() + " of " + tally.of() + " stage 2 reviews requested in the year had a different handler from stage 1"
                        + (unknown > 0 ? "; " + unknown + " more had a handler missing at one stage and could not be judged." : "."),
                tally.exceptions().isEmpty() ? null : "Exceptions are stage 2 reviews given to the stage 1 handler.");
    }

    SelfAssessmentRow escalations() {
        long stage1 = records.stream().filter(r -> year.contains(r.stage1ReceivedOn())).count();
        long stage2 = records.stream().filter(r -> year.contains(r.escalatedOn())).count();
        return new SelfAssessmentRow("6.10", "Progress to stage 2 what is not resolved to the resident's satisfaction at stage 1",
                EvidenceSource.DATA, stage2, stage1, Rates.percent(stage2, stage1),
                stage2 + " stage 2 requests against " + stage1 + " stage 1 complaints received in the year.", List.of(), 0, null,
                "For context; whether every request was escalated is for the complaints officer to confirm.");
    }

    SelfAssessmentRow remedies() {
        Tally tally = new Tally();
        for (ComplaintRecord r : records) {
            boolean upheld = false;
            for (int stage = 1; stage <= 2; stage++) {
                StageView v = r.stage(stage).orElse(null);
                upheld |= v != null && year.contains(v.respondedOn()) && v.outcome() != null && v.outcome().endsWith("UPHELD")
                        && !v.outcome().equals("NOT_UPHELD");
            }
            if (upheld) {
                tally.add(r.facts().stream().anyMatch(f -> f.remedyAmount() != null), r.complaintId());
            }
        }
        return new SelfAssessmentRow("7.1", "Where something has gone wrong, acknowledge it and put things right (remedies)",
                EvidenceSource.DATA, tally.met(), tally.of(), Rates.percent(tally.met(), tally.of()),
                tally.met() + " of " + tally.of() + " complaints upheld or partly upheld in the year recorded a financial remedy.",
                tally.exceptions().stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), tally.exceptions().size(), null,
                "Remedies need not be financial (an apology, a repair); the listed complaints recorded none, for review.");
    }

    SelfAssessmentRow annualReport() {
        long complaints = records.stream().filter(r -> year.contains(r.firstReceivedOn())).count();
        return new SelfAssessmentRow("8.1", "Produce an annual complaints performance and service improvement report",
                EvidenceSource.DATA, complaints, null, null, "The report for " + year.label() + " is generated from the same "
                + complaints + " complaints: report annual --period " + year.label() + ".", List.of(), 0, null,
                "Publishing it with the governing body's response (8.3) is for the complaints officer to confirm.");
    }

    SelfAssessmentRow quarterlyReports() {
        List<String> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            FinancialQuarter quarter = new FinancialQuarter(year, q);
            if (records.stream().anyMatch(r -> r.facts().stream().anyMatch(f -> quarter.contains(f.date())))) {
                quarters.add(quarter.label());
            }
        }
        return new SelfAssessmentRow("9.7", "The MRC and the governing body receive regular information on complaints (volumes, "
                + "categories, outcomes, performance, trends, Ombudsman outcomes and orders)", EvidenceSource.DATA,
                (long) quarters.size(), 4L, null, quarters.isEmpty() ? "No quarter of the year has complaint data."
                : "Quarterly packs can be produced for " + String.join(", ", quarters) + " (report quarter --period ...).",
                List.of(), 0, null, "That they were presented to the MRC and the governing body is for the complaints officer to confirm.");
    }
}

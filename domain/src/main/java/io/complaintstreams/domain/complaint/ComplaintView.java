package io.complaintstreams.domain.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A complaint as of {@code asOf}: its current stage ({@code current}), and the stage 1 summary once stage 2
 * has started ({@code stage1}, null before that or when stage 1's receipt was never seen). Complaint-wide
 * attributes take the latest value given by any fact (themes: the union, sorted). {@code code} is the Code edition
 * that judged it ({@code 2022} or {@code 2024}, by the date it was received; {@code CodeEditions}).
 */
public record ComplaintView(
        String complaintId,
        String landlordId,
        String residentId,
        String tenure,
        LocalDate asOf,
        StageView current,
        StageView stage1,
        String category,
        List<String> themes,
        Double remedyAmount,
        String reason,
        String code) {
    public ComplaintView {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public int stage() {
        return current.stage();
    }

    public ComplaintStatus status() {
        return current.status();
    }

    public String handlerId() {
        return current.handlerId();
    }

    public String outcome() {
        return current.outcome();
    }

    /** The stage 1 summary, when stage 2 has started. */
    public Optional<StageView> stage1Summary() {
        return Optional.ofNullable(stage1);
    }

    /** Who handled stage 1 (the current handler while still at stage 1). */
    public String stage1HandlerId() {
        return stage() == 1 ? current.handlerId() : stage1 == null ? null : stage1.handlerId();
    }
}

package io.complaintstreams.streams.deadline;

import complaintstreams.events.AlertKind;
import io.complaintstreams.domain.complaint.StageView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One plain sentence per alert for the complaints officer. */
final class AlertMessages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private AlertMessages() {}

    static String describe(AlertKind kind, String complaintId, int stage, LocalDate dueOn, StageView view) {
        String due = dueOn == null ? "" : DAY.format(dueOn);
        return switch (kind) {
            case ACKNOWLEDGEMENT_DUE_SOON -> "Stage " + stage + " complaint " + complaintId + " must be acknowledged by " + due + " (Code 6.2/6.11).";
            case ACKNOWLEDGEMENT_OVERDUE -> "Stage " + stage + " complaint " + complaintId + " was not acknowledged by " + due + " (Code 6.2/6.11).";
            case RESPONSE_DUE_SOON -> "Stage " + stage + " complaint " + complaintId + " needs its response by " + due + ".";
            case RESPONSE_OVERDUE -> "Stage " + stage + " complaint " + complaintId + " was not responded to by " + due + ".";
            case EXTENSION_BEYOND_CODE -> "Stage " + stage + " complaint " + complaintId + " has been extended by "
                    + view.extensionWorkingDays() + " working days, beyond the Code's maximum (6.4/6.15).";
            case STAGE2_SAME_HANDLER -> "Stage 2 of complaint " + complaintId + " is handled by " + view.handlerId()
                    + ", who handled stage 1 (Code 6.13).";
            case POSSIBLE_UNLOGGED_COMPLAINT -> "Possible unlogged complaint.";
        };
    }
}

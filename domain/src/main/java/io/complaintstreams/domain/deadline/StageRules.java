package io.complaintstreams.domain.deadline;

import java.util.Objects;

/**
 * Time limits of one stage, in working days, and the date the response limit counts from.
 *
 * @param acknowledgeWorkingDays acknowledge within N working days of receipt (of the escalation request at stage 2)
 * @param respondWorkingDays respond within N working days of {@code respondFrom}
 * @param maxExtensionWorkingDays the most working days an extension may add (beyond it: {@code EXTENSION_BEYOND_CODE})
 * @param respondFrom what the response limit counts from: the acknowledgement (2024 Code, 6.3/6.14) or the receipt
 *                    (2022 Code stage 2: "within 20 working days of the request to escalate")
 */
public record StageRules(int acknowledgeWorkingDays, int respondWorkingDays, int maxExtensionWorkingDays, RespondFrom respondFrom) {
    /** What a stage's response limit counts from. */
    public enum RespondFrom {
        /** The acknowledgement date, or the acknowledge-by date while not acknowledged. */
        ACKNOWLEDGEMENT,
        /** The date the complaint (stage 1) or the escalation request (stage 2) was received. */
        RECEIPT
    }

    public StageRules {
        if (acknowledgeWorkingDays < 0 || respondWorkingDays < 0 || maxExtensionWorkingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        Objects.requireNonNull(respondFrom, "respondFrom");
    }

    /** Response counted from the acknowledgement (the statutory 2024 Code). */
    public StageRules(int acknowledgeWorkingDays, int respondWorkingDays, int maxExtensionWorkingDays) {
        this(acknowledgeWorkingDays, respondWorkingDays, maxExtensionWorkingDays, RespondFrom.ACKNOWLEDGEMENT);
    }
}

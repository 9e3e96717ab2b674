package io.complaintstreams.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One edition of the Housing Ombudsman's Complaint Handling Code's time limits, as data.
 *
 * @param edition short name, e.g. {@code 2024} (the statutory Code) or {@code 2022}; shown in the reports
 * @param title the edition's name for people
 * @param inForceFrom first date of receipt the edition judges (a complaint is judged by the edition in force on the
 *                    date it was received; see {@link CodeEditions})
 */
public record CodeRules(String edition, String title, LocalDate inForceFrom, StageRules stage1, StageRules stage2) {
    /** The statutory Code's edition name. */
    public static final String STATUTORY_2024 = "2024";

    public CodeRules {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(stage1, "stage1");
        Objects.requireNonNull(stage2, "stage2");
    }

    /** Limits of the statutory 2024 edition's shape (in force from 1 April 2024). */
    public CodeRules(StageRules stage1, StageRules stage2) {
        this(STATUTORY_2024, "Complaint Handling Code (statutory, 1 April 2024)", LocalDate.of(2024, 4, 1), stage1, stage2);
    }

    /**
     * The statutory Code from 1 April 2024: acknowledge within 5 working days of receipt (6.2, 6.11); respond within
     * 10 (stage 1, 6.3) or 20 (stage 2, 6.14) working days of the acknowledgement; extend by at most 10 (6.4) or 20
     * (6.15). The {@code sla} command and CONTRACTS section 3 use these limits for every date.
     */
    public static CodeRules housingOmbudsmanCode() {
        return CodeEditions.standard().statutory();
    }

    public StageRules forStage(int stage) {
        return switch (stage) {
            case 1 -> stage1;
            case 2 -> stage2;
            default -> throw new IllegalArgumentException("stage must be 1 or 2: " + stage);
        };
    }
}

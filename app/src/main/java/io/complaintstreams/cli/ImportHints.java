package io.complaintstreams.cli;

import io.complaintstreams.ingest.file.ImportSummary;
import java.util.Optional;

/** Advice an import's summary adds when its refusals show a common cause the person importing can fix. */
final class ImportHints {
    static final String LOCAL_DATE_TIMES = "A CRM's own date-times without an offset (02/06/2025 09:00, 2025-06-02 09:00:00) "
            + "are not ISO-8601 instants: import such an export with --mapping FILE and a date rule for its column "
            + "(config/mappings/README.md; README \"Importing a CRM's own exports\").";

    private ImportHints() {
    }

    /**
     * @param summary       what the import did
     * @param mappingGiven  whether {@code --mapping} was given (a mapping's date rule already reads local date-times)
     * @return the hint about local date-times when a row was refused for {@code occurredAt} and no mapping was given
     */
    static Optional<String> of(ImportSummary summary, boolean mappingGiven) {
        boolean occurredAtRefused = summary.files().stream().flatMap(f -> f.firstRefusals().stream())
                .anyMatch(r -> "occurredAt".equals(r.field()));
        return occurredAtRefused && !mappingGiven ? Optional.of(LOCAL_DATE_TIMES) : Optional.empty();
    }
}

package io.complaintstreams.reporting.quarter;

import java.util.List;

/**
 * A theme that rose from the previous quarter: its change and up to {@link QuarterPackBuilder#EXAMPLES} example
 * complaints received in the quarter with that theme (latest first), as complaint ids and categories only.
 */
public record RisingTheme(QuarterChange change, List<Example> examples) {
    public RisingTheme {
        examples = List.copyOf(examples);
    }

    /** An example complaint: its id, the date it was first received and its category (null when none). */
    public record Example(String complaintId, String receivedOn, String category) {
    }
}

package io.complaintstreams.classifier;

import java.util.List;

/**
 * One labelled training or evaluation record (the TSV columns id, source, dissatisfied, themes, text).
 * {@code themesLabelled} is false when the themes column is {@code ?}: only dissatisfaction is known (an officer's
 * resolution says whether the resident was dissatisfied, not which themes the text touches), so training leaves the
 * theme outputs alone for that record.
 */
public record LabelledRecord(String id, Source source, boolean dissatisfied, List<String> themes, String text,
                             boolean themesLabelled) {
    public LabelledRecord {
        themes = List.copyOf(themes);
        if (!themesLabelled && !themes.isEmpty()) {
            throw new IllegalArgumentException("record " + id + ": themes given but marked unlabelled");
        }
    }

    /** A record whose themes are labelled (an empty list means: no theme). */
    public LabelledRecord(String id, Source source, boolean dissatisfied, List<String> themes, String text) {
        this(id, source, dissatisfied, themes, text, true);
    }
}

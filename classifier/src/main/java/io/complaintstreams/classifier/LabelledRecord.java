package io.complaintstreams.classifier;

import java.util.List;

/** One labelled training or evaluation record (the TSV columns id, source, dissatisfied, themes, text). */
public record LabelledRecord(String id, Source source, boolean dissatisfied, List<String> themes, String text) {
    public LabelledRecord {
        themes = List.copyOf(themes);
    }
}

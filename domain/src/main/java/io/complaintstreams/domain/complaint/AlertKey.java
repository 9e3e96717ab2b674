package io.complaintstreams.domain.complaint;

import java.util.Objects;

/** Identity of a complaint alert within its complaint: (stage, kind); each is raised at most once. */
public record AlertKey(int stage, AlertKind kind) implements Comparable<AlertKey> {
    public AlertKey {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public int compareTo(AlertKey other) {
        return stage != other.stage ? Integer.compare(stage, other.stage) : kind.compareTo(other.kind);
    }
}

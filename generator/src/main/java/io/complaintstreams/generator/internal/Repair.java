package io.complaintstreams.generator.internal;

import java.time.Instant;

/** A simulated repair, kept so that complaints and surveys can refer to it. {@code completed} is null if never done. */
public record Repair(String requestId, Theme theme, String job, Instant opened, Instant completed, boolean slow) {
}

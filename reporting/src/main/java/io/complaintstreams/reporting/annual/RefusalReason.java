package io.complaintstreams.reporting.annual;

/** Refusals with one reason, per stage. */
public record RefusalReason(String reason, long stage1, long stage2, long total) {
}

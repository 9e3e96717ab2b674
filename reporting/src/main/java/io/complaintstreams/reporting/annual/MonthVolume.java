package io.complaintstreams.reporting.annual;

/** Complaints started in one calendar month ({@code YYYY-MM}): stage 1 received, stage 2 requested. */
public record MonthVolume(String month, long stage1, long stage2) {
}

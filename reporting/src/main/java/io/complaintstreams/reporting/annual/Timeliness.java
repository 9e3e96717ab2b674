package io.complaintstreams.reporting.annual;

/** Timeliness per stage; {@code localTargets} says whether local targets were supplied ("Not supplied" otherwise). */
public record Timeliness(StageTimeliness stage1, StageTimeliness stage2, String localTargets) {
}

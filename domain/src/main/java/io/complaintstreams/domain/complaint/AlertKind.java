package io.complaintstreams.domain.complaint;

/** Alert kinds of CONTRACTS section 2 ({@link #POSSIBLE_UNLOGGED_COMPLAINT} is raised from signals, not by {@link AlertRules}). */
public enum AlertKind {
    ACKNOWLEDGEMENT_DUE_SOON,
    ACKNOWLEDGEMENT_OVERDUE,
    RESPONSE_DUE_SOON,
    RESPONSE_OVERDUE,
    EXTENSION_BEYOND_CODE,
    STAGE2_SAME_HANDLER,
    POSSIBLE_UNLOGGED_COMPLAINT
}

package io.complaintstreams.reporting.selfassessment;

/** Where a self-assessment row's evidence comes from. */
public enum EvidenceSource {
    /** Measured from the complaint events; the suggested reading follows from the figure. */
    DATA,
    /** The landlord's own statement from the statements folder. */
    LANDLORD_STATEMENT,
    /** No data can evidence it and no statement was supplied: the complaints officer completes the row. */
    FOR_COMPLAINTS_OFFICER
}

package io.complaintstreams.reporting.annual;

/** A part of the report the landlord writes itself: its text (Markdown) from a file, or status "Not supplied". */
public record Statement(String title, String status, String file, String text) {
    public static final String SUPPLIED = "Supplied";
    public static final String NOT_SUPPLIED = "Not supplied";

    public boolean supplied() {
        return SUPPLIED.equals(status);
    }
}

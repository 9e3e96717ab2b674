package io.complaintstreams.reporting.annual;

import java.nio.file.Path;
import java.util.List;

/**
 * The landlord's own parts of the Code 8.1 report, read from a directory it supplies: {@value #SELF_ASSESSMENT},
 * {@value #SERVICE_IMPROVEMENTS}, {@value #OMBUDSMAN_FINDINGS}, {@value #OMBUDSMAN_REPORTS}, {@value #GOVERNING_BODY_RESPONSE}. A missing or blank
 * file (or no directory) is "Not supplied".
 */
public record Statements(Statement selfAssessment, Statement serviceImprovements, Statement ombudsmanFindings,
                         Statement ombudsmanReports, Statement governingBodyResponse) {
    public static final String SELF_ASSESSMENT = "self-assessment.md";
    public static final String SERVICE_IMPROVEMENTS = "service-improvements.md";
    public static final String OMBUDSMAN_FINDINGS = "ombudsman-findings.md";
    public static final String OMBUDSMAN_REPORTS = "ombudsman-reports.md";
    /** Code 8.3: the report is published with the governing body's response to it. */
    public static final String GOVERNING_BODY_RESPONSE = "governing-body-response.md";

    public static Statements read(Path dir) {
        return new Statements(
                Statement.read(dir, SELF_ASSESSMENT, "Self-assessment against the Complaint Handling Code"),
                Statement.read(dir, SERVICE_IMPROVEMENTS, "Service improvements made as a result of learning from complaints"),
                Statement.read(dir, OMBUDSMAN_FINDINGS, "Housing Ombudsman findings of non-compliance"),
                Statement.read(dir, OMBUDSMAN_REPORTS, "Housing Ombudsman annual report and other relevant reports or publications"),
                Statement.read(dir, GOVERNING_BODY_RESPONSE, "The governing body's response to this report (Code 8.3)"));
    }

    public List<Statement> all() {
        return List.of(selfAssessment, serviceImprovements, ombudsmanFindings, ombudsmanReports, governingBodyResponse);
    }

}

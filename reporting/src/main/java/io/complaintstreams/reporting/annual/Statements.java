package io.complaintstreams.reporting.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The landlord's own parts of the Code 8.1 report, read from a directory it supplies: {@value #SELF_ASSESSMENT},
 * {@value #SERVICE_IMPROVEMENTS}, {@value #OMBUDSMAN_FINDINGS}, {@value #OMBUDSMAN_REPORTS}. A missing or blank
 * file (or no directory) is "Not supplied".
 */
public record Statements(Statement selfAssessment, Statement serviceImprovements, Statement ombudsmanFindings,
                         Statement ombudsmanReports) {
    public static final String SELF_ASSESSMENT = "self-assessment.md";
    public static final String SERVICE_IMPROVEMENTS = "service-improvements.md";
    public static final String OMBUDSMAN_FINDINGS = "ombudsman-findings.md";
    public static final String OMBUDSMAN_REPORTS = "ombudsman-reports.md";

    public static Statements read(Path dir) {
        return new Statements(
                one(dir, SELF_ASSESSMENT, "Self-assessment against the Complaint Handling Code"),
                one(dir, SERVICE_IMPROVEMENTS, "Service improvements made as a result of learning from complaints"),
                one(dir, OMBUDSMAN_FINDINGS, "Housing Ombudsman findings of non-compliance"),
                one(dir, OMBUDSMAN_REPORTS, "Housing Ombudsman annual report and other relevant reports or publications"));
    }

    public List<Statement> all() {
        return List.of(selfAssessment, serviceImprovements, ombudsmanFindings, ombudsmanReports);
    }

    private static Statement one(Path dir, String file, String title) {
        Path path = dir == null ? null : dir.resolve(file);
        if (path == null || !Files.isRegularFile(path)) {
            return new Statement(title, Statement.NOT_SUPPLIED, file, null);
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8).strip();
            return new Statement(title, text.isEmpty() ? Statement.NOT_SUPPLIED : Statement.SUPPLIED, file, text.isEmpty() ? null : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}

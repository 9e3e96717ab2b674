package io.complaintstreams.reporting.selfassessment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The self-assessment as CSV with the form's columns (Code Appendix A: provision, requirement, "Comply: Yes/No",
 * evidence, commentary) and the measured figures beside them, so the complaints officer can paste it into the form.
 * RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so Excel reads the £ and the dashes.
 */
public final class SelfAssessmentCsv {
    public static final List<String> HEADER = List.of("Provision", "Code requirement (paraphrase)", "Comply: Yes/No (suggested, to confirm)",
            "Evidence", "Commentary / explanation", "Source", "Measured", "Of", "Percent", "Exceptions (count)", "Exceptions (complaint, service request or survey ids)");

    private SelfAssessmentCsv() {
    }

    public static String write(SelfAssessment assessment) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (SelfAssessmentRow r : assessment.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(r.provision());
                cells.add(r.requirement());
                cells.add(r.suggestedComply());
                cells.add(r.evidence());
                cells.add(r.commentary());
                cells.add(r.source().name());
                cells.add(r.count());
                cells.add(r.of());
                cells.add(r.pct());
                cells.add(r.exceptionCount());
                cells.add(String.join(" ", r.exceptions()));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

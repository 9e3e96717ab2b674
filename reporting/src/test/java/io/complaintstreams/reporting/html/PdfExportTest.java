package io.complaintstreams.reporting.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.GeneratedYear;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {
    @Test
    void shouldPrintTheAnnualReportToA4PagesWithItsFiguresAndTheGoverningBodysResponse(@TempDir Path statements) throws Exception {
        Files.writeString(statements.resolve("governing-body-response.md"), "The Board accepts the report and its actions.\n");
        AnnualReport report = AnnualReportBuilder.standard().build(GeneratedYear.facts(), FinancialYear.parse("2025-26"),
                Map.of(GeneratedYear.LANDLORD, GeneratedYear.HOMES), null, statements, Instant.parse("2026-04-20T10:00:00Z"));

        byte[] pdf = PdfExport.of(AnnualReportHtml.render(report));

        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1);
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1.0f);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Annual complaints performance and service improvement report 2025-26"), "title");
            assertTrue(text.contains("Generated 20 April 2026, 10:00 UTC"), "generation time");
            assertTrue(text.contains("Homes: 3,000"), "UK digit grouping");
            assertTrue(text.contains("Damp and mould"), "human theme labels");
            assertTrue(text.matches(".*Total remedies £[0-9,]+\\.[0-9]{2}.*"), "money in pounds");
            assertTrue(text.contains("The governing body's response to this report (Code 8.3)"));
            assertTrue(text.contains("The Board accepts the report and its actions."));
        }
    }
}

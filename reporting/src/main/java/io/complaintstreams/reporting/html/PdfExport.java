package io.complaintstreams.reporting.html;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Any report page as a PDF (A4, from the page's own print CSS), with openhtmltopdf on PDFBox: jsoup parses the HTML5
 * page to a DOM, Batik draws the inline SVG charts. The page needs no network (no external CSS, fonts or images).
 */
public final class PdfExport {
    static {
        PdfLogging.install();
    }

    private PdfExport() {
    }

    /** @return the PDF bytes of {@code html} (one report page as {@link AnnualReportHtml} and the others render it) */
    public static byte[] of(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
        return out.toByteArray();
    }
}

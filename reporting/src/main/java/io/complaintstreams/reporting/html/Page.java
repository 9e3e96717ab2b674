package io.complaintstreams.reporting.html;

/** The shell every printable report page shares: language, viewport, title, print CSS (A4), one {@code <main>}. */
final class Page {
    private static final String CSS = """
            body{font-family:system-ui,Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111;line-height:1.45}
            table{border-collapse:collapse;margin:0.5rem 0 1.25rem;width:100%}
            caption{text-align:left;font-weight:bold;padding:0.25rem 0}
            th,td{border:1px solid #888;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}
            td{font-variant-numeric:tabular-nums}
            .missing{border-left:4px solid #b00;padding:0.25rem 0.75rem;background:#fff4f4}
            .chart{width:100%;height:auto;max-width:720px}
            figure{margin:0.5rem 0 1rem}
            .meta{color:#333;font-size:0.95em}
            @page{size:A4;margin:15mm}
            @media print{body{max-width:none;margin:0}section,table,figure{break-inside:avoid}h2{break-after:avoid}.missing{background:none}}
            """;

    private Page() {
    }

    /** Opens a page: everything up to and including {@code <main>}, then the {@code <h1>}. */
    static StringBuilder open(String title, String heading) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Html.esc(heading)).append("</h1>\n");
    }

    static String close(StringBuilder page) {
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The red-bordered "Not supplied" box for a part the landlord writes itself. */
    static String notSupplied(String file) {
        return "<p class=\"missing\"><strong>Not supplied.</strong> The landlord writes this part; supply "
                + Html.esc(file) + " in the statements directory.</p>\n";
    }
}

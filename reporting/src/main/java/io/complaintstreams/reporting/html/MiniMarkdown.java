package io.complaintstreams.reporting.html;

/**
 * The small part of Markdown a landlord's statement needs, rendered safely (all text escaped): blank-line separated
 * paragraphs, {@code #}-headings (shown two levels below the section heading), and {@code -}/{@code *} bullet lists.
 */
final class MiniMarkdown {
    private MiniMarkdown() {
    }

    static String toHtml(String markdown) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inList = false;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || bullet || line.startsWith("#")) {
                flush(out, paragraph);
            }
            if (!bullet && inList) {
                out.append("</ul>\n");
                inList = false;
            }
            if (bullet) {
                out.append(inList ? "" : "<ul>\n").append("<li>").append(Html.esc(line.substring(2).strip())).append("</li>\n");
                inList = true;
            } else if (line.startsWith("#")) {
                String text = line.replaceFirst("^#+", "").strip();
                out.append("<h4>").append(Html.esc(text)).append("</h4>\n");
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        flush(out, paragraph);
        if (inList) {
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            out.append("<p>").append(Html.esc(paragraph)).append("</p>\n");
            paragraph.setLength(0);
        }
    }
}

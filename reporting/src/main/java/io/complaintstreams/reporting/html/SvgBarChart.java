package io.complaintstreams.reporting.html;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as inline SVG: one group per label, one bar per series. Accessible: role="img" with a
 * title and a description listing every value; the figures are also in a table next to the chart.
 */
final class SvgBarChart {
    record Series(String name, String colour, List<Long> values) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;

    private SvgBarChart() {
    }

    static String render(String id, String title, List<String> labels, List<Series> series) {
        long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double group = (WIDTH - LEFT - 8) / (double) Math.max(1, labels.size());
        double bar = Math.max(2, (group - 6) / series.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-t %s-d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">%n", WIDTH, HEIGHT, id, id));
        svg.append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-d\">").append(Html.esc(describe(labels, series))).append("</desc>\n");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - 4, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>%n", LEFT - 4, TOP + 4, max));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>%n", LEFT - 4, HEIGHT - BOTTOM));
        for (int i = 0; i < labels.size(); i++) {
            double x0 = LEFT + 4 + i * group;
            for (int s = 0; s < series.size(); s++) {
                long v = series.get(s).values().get(i);
                double h = plotHeight * v / max;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>%n",
                        x0 + s * bar, HEIGHT - BOTTOM - h, bar - 1, h, series.get(s).colour(),
                        Html.esc(labels.get(i)), Html.esc(series.get(s).name()), v));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                    x0 + group / 2 - 3, HEIGHT - BOTTOM + 14, Html.esc(shorten(labels.get(i)))));
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + 10 + s * 160;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", x, HEIGHT - 14, series.get(s).colour(), x + 14, HEIGHT - 5,
                    Html.esc(series.get(s).name())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String describe(List<String> labels, List<Series> series) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            d.append(i == 0 ? "" : "; ").append(labels.get(i)).append(": ");
            for (int s = 0; s < series.size(); s++) {
                d.append(s == 0 ? "" : ", ").append(series.get(s).name()).append(' ').append(series.get(s).values().get(i));
            }
        }
        return d.toString();
    }

    private static String shorten(String label) {
        return label.length() > 12 ? label.substring(0, 11) + "\u2026" : label;
    }
}

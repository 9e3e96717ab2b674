package io.complaintstreams.reporting.html;

import java.util.List;

/** An accessible data table: caption, column headers with scope="col", first cell of each row a row header. */
final class Table {
    private Table() {
    }

    static String of(String caption, List<String> headers, List<List<Object>> rows) {
        StringBuilder t = new StringBuilder("<table>\n<caption>").append(Html.esc(caption)).append("</caption>\n<thead><tr>");
        headers.forEach(h -> t.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>"));
        t.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : rows) {
            t.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                String text = cell == null ? "\u2014" : Html.esc(Format.cell(cell));
                t.append(i == 0 ? "<th scope=\"row\">" + text + "</th>" : "<td>" + text + "</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }
}

package io.complaintstreams.api.officer;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Answers a list request as a JSON page ({@code {"total","page","size","rows"}}) or, with {@code format=csv} or
 * {@code Accept: text/csv}, as a CSV download of every matching row (no paging). Any other {@code format} is a 406.
 */
final class ListAnswer {
    private ListAnswer() {}

    static void answer(Context ctx, RowQuery query, Collection<Map<String, Object>> rows, List<String> csvColumns,
                       String csvName) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank() && !List.of("csv", "json").contains(format.trim().toLowerCase(java.util.Locale.ROOT))) {
            ctx.status(406).json(Map.of("error", "format=" + format.trim() + " is not offered here; choose one of json, csv",
                    "field", "format"));
            return;
        }
        String accept = ctx.header("Accept");
        boolean csv = "csv".equalsIgnoreCase(ctx.queryParam("format"))
                || (accept != null && accept.contains("text/csv") && !accept.contains("application/json"));
        if (csv) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + csvName + ".csv\"");
            ctx.result(RowsCsv.write(csvColumns, query.matching(rows)));
        } else {
            ctx.json(query.page(rows).json());
        }
    }

    /** The request's query parameters, the first value of each (null when given without a value). */
    static Map<String, String> params(Context ctx) {
        Map<String, String> params = new java.util.HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? null : v.get(0)));
        return params;
    }

    static void badParameter(Context ctx, RowQuery.BadParameter e) {
        ctx.status(400).json(Map.of("error", e.getMessage(), "field", e.field));
    }
}

package io.complaintstreams.api.officer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Filter, sort and page a list of rows for the officer's lists, from query parameters: one parameter per filterable
 * column (exact match, case-insensitive; for a list column, the list contains it; several values comma-separated; a
 * boolean column's values must each be {@code true} or {@code false}),
 * {@code sort} (a column; default the list's own order), {@code dir} ({@code asc}|{@code desc}), {@code page} (from 1)
 * and {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}). The total is counted before paging, so
 * it is always exact. A bad parameter is a {@link BadParameter} naming it.
 */
final class RowQuery {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    /** A query parameter that cannot be used: answered 400 with {@code field}. */
    static final class BadParameter extends RuntimeException {
        final String field;

        BadParameter(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /**
     * A parameter taking one of {@code choices}, compared ignoring case: the choice as declared, {@code dflt} when the
     * value is absent or blank, a {@link BadParameter} naming it ("status must be OPEN, CLOSED or ALL") otherwise.
     */
    static String choice(String name, String value, String dflt, List<String> choices) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw new BadParameter(name, name + " must be " + String.join(", ", choices.subList(0, choices.size() - 1))
                + " or " + choices.get(choices.size() - 1));
    }

    /**
     * A filter parameter whose comma-separated values must each be one of {@code allowed} (compared ignoring case), so
     * a mistyped value ({@code status=OVERDEU}) is a {@link BadParameter} naming it rather than an empty list that reads
     * as "none". Absent or blank: nothing to check.
     */
    static void eachOneOf(String name, String value, Collection<String> allowed) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String v : value.strip().split("\\s*,\\s*")) {
            if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(v))) {
                throw new BadParameter(name, name + " must be one of " + String.join(", ", allowed) + " (got '" + v + "')");
            }
        }
    }

    record Page(long total, int page, int size, List<Map<String, Object>> rows) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", total);
            m.put("page", page);
            m.put("size", size);
            m.put("rows", rows);
            return m;
        }
    }

    private final Map<String, List<String>> filters;
    private final String sort;
    private final boolean descending;
    private final int page;
    private final int size;

    private RowQuery(Map<String, List<String>> filters, String sort, boolean descending, int page, int size) {
        this.filters = filters;
        this.sort = sort;
        this.descending = descending;
        this.page = page;
        this.size = size;
    }

    /**
     * @param params     the request's query parameters (first value of each)
     * @param filterable columns that may be filtered on
     * @param sortable   columns that may be sorted on
     */
    static RowQuery from(Map<String, String> params, Set<String> filterable, Set<String> sortable) {
        return from(params, filterable, Set.of(), sortable);
    }

    /**
     * @param booleans filterable columns holding true or false: any other value is a {@link BadParameter}
     *                 ("becameComplaint must be true or false")
     */
    static RowQuery from(Map<String, String> params, Set<String> filterable, Set<String> booleans, Set<String> sortable) {
        Map<String, String> same = new LinkedHashMap<>();
        filterable.forEach(c -> same.put(c, c));
        return from(params, same, booleans, sortable);
    }

    /** @param filterable query parameter to the column it filters (e.g. {@code theme} to the list column {@code themes}) */
    static RowQuery from(Map<String, String> params, Map<String, String> filterable, Set<String> sortable) {
        return from(params, filterable, Set.of(), sortable);
    }

    private static RowQuery from(Map<String, String> params, Map<String, String> filterable, Set<String> booleans,
                                 Set<String> sortable) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (var e : filterable.entrySet()) {
            String value = params.get(e.getKey());
            if (value != null && !value.isBlank()) {
                List<String> wanted = List.of(value.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
                if (booleans.contains(e.getKey()) && !List.of("true", "false").containsAll(wanted)) {
                    throw new BadParameter(e.getKey(), e.getKey() + " must be true or false");
                }
                filters.put(e.getValue(), wanted);
            }
        }
        String sort = params.get("sort");
        if (sort != null && !sort.isBlank() && !sortable.contains(sort)) {
            throw new BadParameter("sort", "sort must be one of " + new java.util.TreeSet<>(sortable));
        }
        String dir = Optional.ofNullable(params.get("dir")).orElse("asc").toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new BadParameter("dir", "dir must be asc or desc");
        }
        int page = number(params, "page", 1, 1, Integer.MAX_VALUE);
        int size = number(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return new RowQuery(filters, sort == null || sort.isBlank() ? null : sort, dir.equals("desc"), page, size);
    }

    private static int number(Map<String, String> params, String name, int dflt, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadParameter(name, name + " must be a whole number from " + min + " to " + max);
    }

    /** Every matching row, sorted (for CSV export: no paging). */
    List<Map<String, Object>> matching(Collection<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (matches(row)) {
                out.add(row);
            }
        }
        if (sort != null) {
            Comparator<Map<String, Object>> by = Comparator.comparing(r -> r.get(sort), RowQuery::compareValues);
            out.sort(descending ? byNullsLast(by.reversed()) : byNullsLast(by));
        }
        return out;
    }

    Page page(Collection<Map<String, Object>> rows) {
        List<Map<String, Object>> all = matching(rows);
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page(all.size(), page, size, List.copyOf(all.subList(from, to)));
    }

    private Comparator<Map<String, Object>> byNullsLast(Comparator<Map<String, Object>> by) {
        return (a, b) -> {
            boolean an = a.get(sort) == null;
            boolean bn = b.get(sort) == null;
            if (an || bn) {
                return an == bn ? 0 : an ? 1 : -1;
            }
            return by.compare(a, b);
        };
    }

    private boolean matches(Map<String, Object> row) {
        for (var f : filters.entrySet()) {
            Object value = row.get(f.getKey());
            boolean any = false;
            for (String wanted : f.getValue()) {
                if (value instanceof Collection<?> list) {
                    any |= list.stream().anyMatch(v -> wanted.equals(String.valueOf(v).toLowerCase(Locale.ROOT)));
                } else {
                    any |= value != null && wanted.equals(String.valueOf(value).toLowerCase(Locale.ROOT));
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return natural(x, y);
        }
        if (a instanceof Comparable ca && a.getClass().equals(b.getClass())) {
            return ca.compareTo(b);
        }
        return natural(String.valueOf(a), String.valueOf(b));
    }

    /** Text with runs of digits compared as numbers ("C-2" before "C-10"), otherwise case-insensitively. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}

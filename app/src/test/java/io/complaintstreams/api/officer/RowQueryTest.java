package io.complaintstreams.api.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowQueryTest {
    private static final Map<String, String> FILTERS = Map.of("stage", "stage", "theme", "themes", "status", "status");
    private static final Set<String> SORTS = Set.of("complaintId", "daysOverdue");

    private static List<Map<String, Object>> rows(int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> r = new HashMap<>();
            r.put("complaintId", "C-" + i);
            r.put("stage", i % 3 == 0 ? 2 : 1);
            r.put("status", i % 2 == 0 ? "OVERDUE" : "ON_TRACK");
            r.put("themes", i % 5 == 0 ? List.of("repairs", "damp_mould") : List.of("communication"));
            r.put("daysOverdue", i % 2 == 0 ? i : null);
            rows.add(r);
        }
        return rows;
    }

    private static RowQuery query(String... kv) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return RowQuery.from(p, FILTERS, SORTS);
    }

    @Test
    void shouldCountTheExactTotalBeforePagingBeyondAThousandRows() {
        RowQuery.Page page = query("status", "overdue", "page", "7", "size", "500").page(rows(6011));
        assertEquals(3005, page.total(), "every overdue row counted, not a capped fetch");
        assertEquals(5, page.rows().size(), "the seventh page of 500 holds the last 5");
    }

    @Test
    void shouldSortIdsWithNumbersAsNumbersAndNullsLastEitherWay() {
        List<Object> ids = query("sort", "complaintId", "size", "4").page(rows(12)).rows().stream().map(r -> r.get("complaintId")).toList();
        assertEquals(List.of("C-1", "C-2", "C-3", "C-4"), ids);
        List<Object> desc = query("sort", "daysOverdue", "dir", "desc").matching(rows(6)).stream().map(r -> r.get("complaintId")).toList();
        assertEquals(List.of("C-6", "C-4", "C-2", "C-1", "C-3", "C-5"), desc);
    }

    @Test
    void shouldFilterOnAListColumnAndOnSeveralValues() {
        assertEquals(4, query("theme", "DAMP_MOULD").matching(rows(20)).size());
        assertEquals(20, query("status", "OVERDUE,ON_TRACK").matching(rows(20)).size());
        assertEquals(List.of("C-3", "C-6"), query("stage", "2").matching(rows(7)).stream().map(r -> r.get("complaintId")).toList());
    }

    @Test
    void shouldNameTheBadParameter() {
        assertEquals("sort", assertThrows(RowQuery.BadParameter.class, () -> query("sort", "text")).field);
        assertEquals("size", assertThrows(RowQuery.BadParameter.class, () -> query("size", "1001")).field);
        assertEquals("page", assertThrows(RowQuery.BadParameter.class, () -> query("page", "0")).field);
        assertEquals("dir", assertThrows(RowQuery.BadParameter.class, () -> query("dir", "up")).field);
    }

    @Test
    void shouldWriteCsvWithAHeaderListsJoinedAndFormulasDefused() {
        Map<String, Object> row = new HashMap<>(Map.of("complaintId", "=HYPERLINK(\"x\")", "themes", List.of("repairs", "damp_mould")));
        String csv = RowsCsv.write(List.of("complaintId", "themes", "stage"), List.of(row));
        assertEquals("complaintId,themes,stage\r\n\"'=HYPERLINK(\"\"x\"\")\",repairs;damp_mould,\r\n", csv);
    }

    @Test
    void shouldFilterABooleanColumnOnTrueOrFalseInAnyCaseAndNameAnyOtherValue() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(Map.of("requestId", "SR-" + i, "becameComplaint", i % 2 == 0));
        }
        Set<String> filters = Set.of("becameComplaint");
        assertEquals(List.of("SR-2", "SR-4"), RowQuery.from(Map.of("becameComplaint", "true"), filters, filters, Set.of())
                .matching(rows).stream().map(r -> r.get("requestId")).toList());
        assertEquals(3, RowQuery.from(Map.of("becameComplaint", " FALSE "), filters, filters, Set.of()).matching(rows).size());
        assertEquals(5, RowQuery.from(Map.of("becameComplaint", ""), filters, filters, Set.of()).matching(rows).size(), "blank: no filter");
        for (String bad : List.of("maybe", "1", "true,yes")) {
            RowQuery.BadParameter e = assertThrows(RowQuery.BadParameter.class,
                    () -> RowQuery.from(Map.of("becameComplaint", bad), filters, filters, Set.of()), bad);
            assertEquals("becameComplaint", e.field);
            assertEquals("becameComplaint must be true or false", e.getMessage());
        }
        assertEquals(1, RowQuery.from(Map.of("becameComplaint", "maybe"), filters, Set.of()).matching(List.of(
                Map.of("becameComplaint", "maybe"))).size(), "a column not declared boolean takes any value");
    }

    @Test
    void shouldReadAChoiceIgnoringCaseWithItsDefaultAndNameItWhenItIsNoneOfThem() {
        List<String> statuses = List.of("OPEN", "CLOSED", "ALL");
        assertEquals("OPEN", RowQuery.choice("status", null, "OPEN", statuses));
        assertEquals("OPEN", RowQuery.choice("status", " ", "OPEN", statuses));
        assertEquals("CLOSED", RowQuery.choice("status", "closed", "OPEN", statuses));
        RowQuery.BadParameter bad = assertThrows(RowQuery.BadParameter.class, () -> RowQuery.choice("status", "LATE", "OPEN", statuses));
        assertEquals("status", bad.field);
        assertEquals("status must be OPEN, CLOSED or ALL", bad.getMessage());
        assertEquals("open must be true, false or all", assertThrows(RowQuery.BadParameter.class,
                () -> RowQuery.choice("open", "yes", "true", List.of("true", "false", "all"))).getMessage());
    }
}

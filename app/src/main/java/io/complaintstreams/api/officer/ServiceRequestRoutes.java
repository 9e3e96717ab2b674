package io.complaintstreams.api.officer;

import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.query.ServiceRequestsQuery;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/service-requests}: service requests as they are monitored (Code 1.4), from the service-request
 * ledger of every instance (one copy of each partition, as the work queue). {@code status}: OPEN (default: OPEN or
 * IN_PROGRESS, overdue or not), OVERDUE (open and past its due date), CLOSED (COMPLETED or CANCELLED) or ALL. Filters:
 * {@code landlordId}, {@code category}, {@code priority}, {@code requestStatus} (the CRM's status),
 * {@code becameComplaint} (true or false, any case); paging, sorting and CSV as {@link RowQuery} and {@link ListAnswer}; the total
 * is exact. Default order: most overdue first, then oldest. Officer role.
 */
final class ServiceRequestRoutes {
    static final String INTERNAL = "/api/v1/internal/service-requests";
    static final List<String> CSV_COLUMNS = List.of("requestId", "landlordId", "category", "priority", "requestStatus", "openedOn",
            "ageDays", "dueOn", "dueFrom", "overdue", "daysOverdue", "closedOn", "completedLate", "becameComplaint",
            "becameComplaintOn");
    private static final Set<String> FILTERS = Set.of("landlordId", "category", "priority", "requestStatus", "becameComplaint");
    private static final Set<String> BOOLEAN_FILTERS = Set.of("becameComplaint");
    private static final Set<String> SORTS = Set.of("requestId", "landlordId", "category", "priority", "requestStatus", "openedOn",
            "ageDays", "dueOn", "daysOverdue", "closedOn", "becameComplaintOn");
    private static final Comparator<Map<String, Object>> PRIORITY = Comparator
            .comparing((Map<String, Object> r) -> -((Number) r.get("daysOverdue")).longValue())
            .thenComparing(r -> -((Number) r.get("ageDays")).longValue())
            .thenComparing(r -> (String) r.get("requestId"));

    private final ClusterRows rows;

    ServiceRequestRoutes(ServiceRequestsQuery query, Clock clock, ZoneId zone, ClusterRows.Factory cluster) {
        this.rows = cluster.<ServiceRequestLedger>create(INTERNAL, RequestLedgerTopology.STORE, "service requests", store -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return query.in(store, today).stream().map(ServiceRequestRoutes::row).toList();
        });
    }

    void register(Javalin app) {
        rows.register(app);
        app.get("/api/v1/service-requests", this::list);
    }

    static Map<String, Object> row(ServiceRequestsQuery.Monitored m) {
        var v = m.view();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("requestId", m.requestId());
        r.put("landlordId", m.landlordId());
        r.put("category", v.category());
        r.put("priority", v.priority());
        r.put("status", v.overdue() ? "OVERDUE" : v.open() ? "OPEN" : "CLOSED");
        r.put("requestStatus", v.status());
        r.put("openedOn", v.openedOn().toString());
        r.put("ageDays", v.ageDays());
        r.put("dueOn", v.dueOn() == null ? null : v.dueOn().toString());
        r.put("dueFrom", v.dueFrom());
        r.put("overdue", v.overdue());
        r.put("daysOverdue", v.daysOverdue());
        r.put("closedOn", v.closedOn() == null ? null : v.closedOn().toString());
        r.put("completedLate", v.completedLate());
        r.put("becameComplaint", v.becameComplaintOn() != null);
        r.put("becameComplaintOn", v.becameComplaintOn() == null ? null : v.becameComplaintOn().toString());
        return r;
    }

    private void list(Context ctx) {
        Map<String, String> params = ListAnswer.params(ctx);
        String raw = params.remove("status");
        String status;
        RowQuery query;
        try {
            status = RowQuery.choice("status", raw == null ? null : raw.trim(), "OPEN", List.of("OPEN", "OVERDUE", "CLOSED", "ALL"));
            query = RowQuery.from(params, FILTERS, BOOLEAN_FILTERS, SORTS);
        } catch (RowQuery.BadParameter e) {
            ListAnswer.badParameter(ctx, e);
            return;
        }
        String wanted = status;
        List<Map<String, Object>> selected = rows.all(ctx).stream()
                .filter(r -> switch (wanted) {
                    case "OPEN" -> !"CLOSED".equals(r.get("status"));
                    case "OVERDUE" -> "OVERDUE".equals(r.get("status"));
                    case "CLOSED" -> "CLOSED".equals(r.get("status"));
                    default -> true;
                })
                .sorted(PRIORITY).toList();
        ListAnswer.answer(ctx, query, selected, CSV_COLUMNS, "service-requests");
    }
}

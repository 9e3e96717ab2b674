package io.complaintstreams.api.officer;

import complaintstreams.events.DeadlineStatus;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.validation.InputRules;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * {@code GET /api/v1/officer/complaints}: the complaints officer's work queue across every instance (issue 14 item 1),
 * one row per complaint ({@link QueueRows}), most urgent first (earliest deadline) unless {@code sort} is given.
 * Filters: {@code open} ({@code true} by default: ON_TRACK, DUE_SOON, OVERDUE; {@code false}; {@code all}),
 * {@code landlordId}, {@code stage}, {@code status} (comma-separated), {@code handlerId}, {@code theme},
 * {@code residentId}; paging with an exact total and CSV as {@link RowQuery} and {@link ListAnswer}. "Today" is the
 * wall clock's date in Europe/London. Officer role.
 */
final class QueueRoutes {
    static final String INTERNAL = "/api/v1/internal/officer-queue";
    private static final Map<String, String> FILTERS = Map.of("open", "open", "landlordId", "landlordId", "stage", "stage",
            "status", "status", "handlerId", "handlerId", "theme", "themes", "residentId", "residentId");
    private static final Set<String> SORTS = Set.of("complaintId", "landlordId", "residentId", "stage", "status",
            "handlerId", "receivedOn", "acknowledgeBy", "respondBy", "dueOn", "daysOverdue", "workingDaysLeft", "category");

    /** Every status a complaint can have (DeadlineState's), for the {@code status} filter. */
    private static final List<String> STATUSES = java.util.Arrays.stream(DeadlineStatus.values()).map(Enum::name).toList();

    private final ClusterRows rows;

    QueueRoutes(Clock clock, ZoneId zone, WorkingDayCalendar calendar, ClusterRows.Factory cluster) {
        this.rows = cluster.<ComplaintLedger>create(INTERNAL, DeadlineClockPart.LEDGER_STORE, "officer work queue", ledger -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            List<Map<String, Object>> out = new ArrayList<>();
            try (KeyValueIterator<String, ComplaintLedger> it = ledger.all()) {
                while (it.hasNext()) {
                    ComplaintLedger l = it.next().value;
                    if (l.getState() != null) {
                        out.add(QueueRows.row(l, today, calendar));
                    }
                }
            }
            return out;
        });
    }

    void register(Javalin app) {
        rows.register(app);
        app.get("/api/v1/officer/complaints", this::list);
    }

    private void list(Context ctx) {
        Map<String, String> params = ListAnswer.params(ctx);
        RowQuery query;
        try {
            String open = RowQuery.choice("open", params.get("open"), "true", List.of("true", "false", "all"));
            params.put("open", open.equals("all") ? null : open);
            params.put("stage", RowQuery.choice("stage", params.get("stage"), null, List.of("1", "2"))); // the Code's two stages
            RowQuery.eachOneOf("status", params.get("status"), STATUSES);
            RowQuery.eachOneOf("theme", params.get("theme"), InputRules.THEMES);
            query = RowQuery.from(params, FILTERS, SORTS);
        } catch (RowQuery.BadParameter e) {
            ListAnswer.badParameter(ctx, e);
            return;
        }
        ListAnswer.answer(ctx, query, rows.all(ctx).stream().sorted(QueueRows.URGENCY).toList(), QueueRows.CSV_COLUMNS,
                "work-queue");
    }
}

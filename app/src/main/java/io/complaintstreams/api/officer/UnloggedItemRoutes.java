package io.complaintstreams.api.officer;

import complaintstreams.state.UnloggedItems;
import io.complaintstreams.query.UnloggedItemsQuery;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/officer/unlogged-items}: the officers' grouped possible-unlogged-complaint items of every instance
 * (issue 12 item 3), ordered by confidence (highest first) then age (oldest first) unless {@code sort} is given.
 * Filters: {@code status} (OPEN by default; CLOSED; ALL), {@code landlordId}, {@code theme}, {@code residentId};
 * paging and CSV as {@link RowQuery} and {@link ListAnswer}. Officer role.
 */
final class UnloggedItemRoutes {
    static final String INTERNAL = "/api/v1/internal/unlogged-items";
    private static final Set<String> FILTERS = Set.of("status", "landlordId", "theme", "residentId");
    private static final Set<String> SORTS = Set.of("confidence", "firstDissatisfiedOn", "ageDays", "evidenceCount",
            "lastEvidenceAt", "landlordId", "theme", "residentId", "status", "closedAt", "itemId");

    /** An item's issue: one of the contract's themes, or {@code none} for evidence without themes. */
    private static final List<String> ITEM_THEMES = java.util.stream.Stream.concat(
            io.complaintstreams.domain.validation.InputRules.THEMES.stream(), java.util.stream.Stream.of("none")).toList();

    private final ClusterRows rows;

    /** @param notes opens officers' sealed notes (README "Data protection") */
    UnloggedItemRoutes(Clock clock, ZoneId zone, ClusterRows.Factory cluster, io.complaintstreams.privacy.TextVault notes) {
        this.rows = cluster.<UnloggedItems>create(INTERNAL, ClassificationPart.UNLOGGED_ITEMS_STORE, "officers' unlogged items",
                store -> {
                    LocalDate today = LocalDate.now(clock.withZone(zone));
                    return UnloggedItemsQuery.itemsIn(store).stream().map(ri -> UnloggedItemRows.row(ri, today, notes)).toList();
                });
    }

    void register(Javalin app) {
        rows.register(app);
        app.get("/api/v1/officer/unlogged-items", this::list);
    }

    /** Every item of every instance as rows, in priority order; the answer's freshness goes on {@code ctx}. */
    private List<Map<String, Object>> all(Context ctx) {
        return rows.all(ctx).stream().sorted(UnloggedItemRows.PRIORITY).toList();
    }

    /** The row of the item with this id, or holding an alert with this id. */
    Optional<Map<String, Object>> holding(String alertId) {
        return rows.all().stream().filter(r -> alertId.equals(r.get("itemId")) || evidenceAlertIds(r).contains(alertId))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static List<String> evidenceAlertIds(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("evidence")).stream().map(e -> (String) e.get("alertId")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> evidenceSignalIds(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("evidence")).stream().map(e -> (String) e.get("signalId")).toList();
    }

    private void list(Context ctx) {
        Map<String, String> params = ListAnswer.params(ctx);
        RowQuery query;
        try {
            String status = RowQuery.choice("status", params.get("status"), "OPEN", List.of("OPEN", "CLOSED", "ALL"));
            params.put("status", status.equals("ALL") ? null : status);
            RowQuery.eachOneOf("theme", params.get("theme"), ITEM_THEMES);
            query = RowQuery.from(params, FILTERS, SORTS);
        } catch (RowQuery.BadParameter e) {
            ListAnswer.badParameter(ctx, e);
            return;
        }
        ListAnswer.answer(ctx, query, all(ctx), UnloggedItemRows.CSV_COLUMNS, "unlogged-items");
    }
}

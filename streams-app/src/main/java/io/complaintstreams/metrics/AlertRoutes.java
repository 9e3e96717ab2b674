package io.complaintstreams.metrics;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/alerts?kind=KIND&limit=N}: the most recent alerts this instance has read from
 * {@code complaints.alerts}, newest first: {@code {"alerts": [...], "count": n}}. {@code kind} is optional (one or more
 * comma-separated alert kinds of CONTRACTS section 2); {@code limit} defaults to 50 and is at most {@link AlertFeed#RING_SIZE}.
 * {@code superseded=false} leaves out a due-soon alert whose overdue alert (same complaint, stage and deadline) is in
 * the feed. {@code 400 {"error", "field"}} for an unknown kind, a bad limit or a bad {@code superseded}.
 */
public final class AlertRoutes {
    private final AlertFeed feed;

    public AlertRoutes(AlertFeed feed) {
        this.feed = feed;
    }

    public void register(Javalin app) {
        app.get("/api/v1/alerts", this::list);
    }

    private void list(Context ctx) {
        java.util.Set<AlertKind> kinds = java.util.EnumSet.noneOf(AlertKind.class);
        String kindParam = ctx.queryParam("kind");
        if (kindParam != null && !kindParam.isBlank()) {
            for (String k : kindParam.split(",")) {
                try {
                    kinds.add(AlertKind.valueOf(k.trim()));
                } catch (IllegalArgumentException e) {
                    ctx.status(400).json(Map.of("error", "unknown alert kind: " + k.trim(), "field", "kind"));
                    return;
                }
            }
        }
        int limit;
        try {
            String l = ctx.queryParam("limit");
            limit = l == null || l.isBlank() ? 50 : Integer.parseInt(l.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > AlertFeed.RING_SIZE) {
            ctx.status(400).json(Map.of("error", "limit must be 1 to " + AlertFeed.RING_SIZE, "field", "limit"));
            return;
        }
        String superseded = ctx.queryParam("superseded");
        if (superseded != null && !superseded.equals("true") && !superseded.equals("false")) {
            ctx.status(400).json(Map.of("error", "superseded must be true or false", "field", "superseded"));
            return;
        }
        List<Map<String, Object>> alerts = feed.recent(kinds, limit, !"false".equals(superseded)).stream().map(AlertRoutes::json).toList();
        ctx.json(Map.of("alerts", alerts, "count", alerts.size()));
    }

    static Map<String, Object> json(DeadlineAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alertId", a.getAlertId());
        m.put("kind", a.getAlertKind() != null ? a.getAlertKind() : a.getKind().name());
        m.put("complaintId", a.getComplaintId());
        m.put("landlordId", a.getLandlordId());
        m.put("residentId", a.getResidentId());
        m.put("stage", a.getStage());
        m.put("dueOn", a.getDueOn() == null ? null : a.getDueOn().toString());
        m.put("raisedAt", String.valueOf(a.getRaisedAt()));
        m.put("message", a.getMessage());
        m.put("signalId", a.getSignalId());
        m.put("handlerId", a.getHandlerId());
        if (a.getOrderId() != null) {
            m.put("orderId", a.getOrderId());
            m.put("caseId", a.getCaseId());
        }
        return m;
    }
}

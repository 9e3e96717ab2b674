package io.complaintstreams.api.access;

import io.complaintstreams.audit.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Records who read a complaint, a complaint list or an alert list (issue 10, item 5), after the answer: the
 * principal, route template, status and, for one complaint, its id (the landlord's case reference; see README
 * "Data protection", "Audit"). List filters are not recorded. Queries one instance forwards to another are recorded
 * once, by the instance the person asked.
 */
public final class ReadAudit {
    private final AuditLog audit;

    public ReadAudit(AuditLog audit) {
        this.audit = audit;
    }

    public void register(Javalin app) {
        app.after("/api/v1/complaints/{id}", ctx -> record(ctx, "READ_COMPLAINT", ctx.pathParam("id")));
        app.after("/api/v1/complaints", ctx -> record(ctx, "LIST_COMPLAINTS", null));
        app.after("/api/v1/alerts", ctx -> record(ctx, "LIST_ALERTS", null));
        app.after("/api/v1/officer/complaints", ctx -> record(ctx, "LIST_COMPLAINTS", null));
        app.after("/api/v1/officer/complaints/{id}/timeline", ctx -> record(ctx, "READ_COMPLAINT", ctx.pathParam("id")));
        app.after("/api/v1/officer/unlogged-items", ctx -> record(ctx, "LIST_ALERTS", null));
    }

    private void record(Context ctx, String action, String subject) {
        if (ctx.method() != io.javalin.http.HandlerType.GET || Principal.INSTANCE.name().equals(AuditLog.principalOf(ctx))) {
            return;
        }
        audit.recordRequest(ctx, action, subject);
    }
}

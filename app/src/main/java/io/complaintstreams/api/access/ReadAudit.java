package io.complaintstreams.api.access;

import io.complaintstreams.audit.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Records who read a complaint, a complaint list or an alert list (issue 10, item 5), after the answer: the
 * principal, route template, status and, for one complaint, its id (the landlord's case reference; see README
 * "Data protection", "Audit"). List filters are not recorded. Queries one instance forwards to another are recorded
 * once, by the instance the person asked. A read the access check refuses (401, 403) is recorded too, through
 * {@link #recordRefused}: the after-handlers do not run for it.
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

    /** An audited route: method, path pattern (group 1: the subject, if any), route template, action. */
    private record Audited(io.javalin.http.HandlerType method, java.util.regex.Pattern path, String route, String action) {}

    private static final java.util.List<Audited> AUDITED = java.util.List.of(
            audited(io.javalin.http.HandlerType.GET, "/api/v1/complaints/([^/]+)", "/api/v1/complaints/{id}", "READ_COMPLAINT"),
            audited(io.javalin.http.HandlerType.GET, "/api/v1/complaints", "/api/v1/complaints", "LIST_COMPLAINTS"),
            audited(io.javalin.http.HandlerType.GET, "/api/v1/alerts", "/api/v1/alerts", "LIST_ALERTS"),
            audited(io.javalin.http.HandlerType.GET, "/api/v1/officer/complaints", "/api/v1/officer/complaints", "LIST_COMPLAINTS"),
            audited(io.javalin.http.HandlerType.GET, "/api/v1/officer/complaints/([^/]+)/timeline",
                    "/api/v1/officer/complaints/{id}/timeline", "READ_COMPLAINT"),
            audited(io.javalin.http.HandlerType.GET, "/api/v1/officer/unlogged-items", "/api/v1/officer/unlogged-items", "LIST_ALERTS"),
            audited(io.javalin.http.HandlerType.POST, "/api/v1/alerts/([^/]+)/resolution", "/api/v1/alerts/{alertId}/resolution",
                    "RESOLVE_ALERT"));

    private static Audited audited(io.javalin.http.HandlerType method, String regex, String route, String action) {
        return new Audited(method, java.util.regex.Pattern.compile(regex + "/?", java.util.regex.Pattern.CASE_INSENSITIVE),
                route, action);
    }

    /**
     * A request to an audited route that the access check refused (401 without a credential, 403 without the role or
     * from another site): recorded with its status, as an answered read is. The access check ends such a request
     * before the after-handlers of {@link #register} run, so it calls this itself ({@link AccessControl#onRefused}).
     */
    public void recordRefused(Context ctx) {
        String path = ctx.path().replaceAll("/{2,}", "/"); // as the access check reads it
        for (Audited a : AUDITED) {
            java.util.regex.Matcher m = a.path().matcher(path);
            if (ctx.method() == a.method() && m.matches()) {
                String subject = m.groupCount() > 0 ? decoded(m.group(1)) : null;
                audit.record(AuditLog.principalOf(ctx), a.action(), a.method() + " " + a.route(), subject, ctx.statusCode());
                return;
            }
        }
    }

    private static String decoded(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    private void record(Context ctx, String action, String subject) {
        if (ctx.method() != io.javalin.http.HandlerType.GET || Principal.INSTANCE.name().equals(AuditLog.principalOf(ctx))) {
            return;
        }
        audit.recordRequest(ctx, action, subject);
    }
}

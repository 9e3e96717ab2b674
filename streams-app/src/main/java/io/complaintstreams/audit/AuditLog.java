package io.complaintstreams.audit;

import io.javalin.http.Context;

/**
 * Records who read or changed which record (README "Data protection", "Audit"), to {@code complaints.audit}. A
 * record holds the principal, the action, the route template and the subject (a complaint id or alert id), never a
 * resident id or free text. For an HTTP handler, e.g. the alert resolution:
 * {@code audit.recordRequest(ctx, "RESOLVE_ALERT", alertId)} after answering; the principal comes from the access
 * check, which leaves it in the request attribute {@link #PRINCIPAL_ATTRIBUTE}.
 */
public interface AuditLog {
    /** Request attribute holding the caller's principal name (set for every request by the access check). */
    String PRINCIPAL_ATTRIBUTE = "complaint-streams.principal";

    /** Records nothing (tests, commands without Kafka). */
    AuditLog NONE = (principal, action, route, subject, outcome) -> { };

    /**
     * @param principal who ({@code oidc:SUB}, {@code read-token:HASH8}, {@code anonymous}, an operator)
     * @param action upper-case verb: READ_COMPLAINT, LIST_COMPLAINTS, LIST_ALERTS, RESOLVE_ALERT, ERASE_RESIDENT, ...
     * @param route {@code METHOD /route/{template}}, or null outside HTTP
     * @param subject the complaint id or alert id acted on, or null; never a resident id
     * @param outcome HTTP status, or 0 outside HTTP
     */
    void record(String principal, String action, String route, String subject, int outcome);

    /** The request's principal, route template and status, with this action and subject. */
    default void recordRequest(Context ctx, String action, String subject) {
        String route;
        try {
            route = ctx.endpointHandlerPath();
        } catch (RuntimeException e) { // no endpoint ran (e.g. refused before it)
            route = ctx.matchedPath();
        }
        record(principalOf(ctx), action, ctx.method() + " " + route, subject, ctx.statusCode());
    }

    static String principalOf(Context ctx) {
        Object principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
        return principal == null ? "anonymous" : principal.toString();
    }
}

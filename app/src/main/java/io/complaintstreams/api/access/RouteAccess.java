package io.complaintstreams.api.access;

import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Which credential each route needs: the table in README "Data protection", "Access", in code. Deny by default:
 * any path under {@code /api/v1/} not named here needs the casework roles (officer or admin), so a new route is never
 * open by accident.
 *
 * <pre>
 * route                                           method  needs (when read tokens or OIDC are configured)
 * /api/v1/internal/**                             any     the instances' shared secret (api.internal-secret)
 * /api/v1/events/{kind}                           POST    ingest.tokens (checked by ingest); with OIDC and no
 *                                                         ingest.tokens: role ingest or admin
 * /api/v1/tsm, /api/v1/reports/**, /api/v1/stats/**, /api/v1/glossary  GET  officer, mrc or admin (read tokens: yes)
 * /api/v1/complaints/**, /api/v1/alerts, any other /api/v1/** GET, and every other method under /api/v1/
 *                                                         officer or admin (read tokens: yes)
 * /, /index.html (the dashboard)                  GET     officer, mrc or admin (read tokens: yes)
 * /officer.html (the officer's work queue)        GET     officer or admin (read tokens: yes)
 * /metrics, /health                               GET     open; officer, mrc or admin with api.*-require-token=true
 * /login, /logout, static assets (js, css, svg, /webjars/**)  open: they hold no data
 * </pre>
 */
final class RouteAccess {
    enum Kind { OPEN, ROLES, INSTANCE }

    record Rule(Kind kind, Set<Role> roles) {
        static final Rule OPEN = new Rule(Kind.OPEN, Set.of());
        static final Rule INSTANCE = new Rule(Kind.INSTANCE, Set.of());
        static final Rule READERS = new Rule(Kind.ROLES, Role.READERS);
        static final Rule CASEWORK = new Rule(Kind.ROLES, Role.CASEWORK);
        static final Rule INGEST = new Rule(Kind.ROLES, Set.of(Role.INGEST, Role.ADMIN));
    }

    static final String API = "/api/v1/";
    static final String INTERNAL = "/api/v1/internal/";
    private static final String EVENTS = "/api/v1/events/";

    private final boolean metricsRequireToken;
    private final boolean healthRequireToken;
    private final boolean ingestByOidc;

    /**
     * @param ingestByOidc true when OIDC is on and {@code ingest.tokens} is empty: ingest then needs role ingest
     */
    RouteAccess(boolean metricsRequireToken, boolean healthRequireToken, boolean ingestByOidc) {
        this.metricsRequireToken = metricsRequireToken;
        this.healthRequireToken = healthRequireToken;
        this.ingestByOidc = ingestByOidc;
    }

    Rule ruleFor(HandlerType method, String path) {
        if (path.startsWith(INTERNAL)) {
            return Rule.INSTANCE;
        }
        if (path.startsWith(EVENTS) && method == HandlerType.POST) {
            return ingestByOidc ? Rule.INGEST : Rule.OPEN;
        }
        boolean read = method == HandlerType.GET || method == HandlerType.HEAD;
        if (path.startsWith(API)) {
            boolean figures = path.equals("/api/v1/tsm") || path.equals("/api/v1/glossary") || path.startsWith("/api/v1/reports/") || path.startsWith("/api/v1/stats/");
            return read && figures ? Rule.READERS : Rule.CASEWORK;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return Rule.READERS;
        }
        if (path.equals("/officer.html")) {
            return Rule.CASEWORK;
        }
        if (path.equals("/metrics")) {
            return metricsRequireToken ? Rule.READERS : Rule.OPEN;
        }
        if (path.equals("/health")) {
            return healthRequireToken ? Rule.READERS : Rule.OPEN;
        }
        return Rule.OPEN;
    }
}

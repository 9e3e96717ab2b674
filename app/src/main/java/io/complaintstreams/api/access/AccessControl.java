package io.complaintstreams.api.access;

import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.config.AppConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read access (CONTRACTS section 5, README "Data protection", "Access"): one before-handler checks every request
 * against {@link RouteAccess} and leaves the caller's {@link Principal} in the request attribute
 * {@link AuditLog#PRINCIPAL_ATTRIBUTE}. A credential is {@code Authorization: Bearer TOKEN} or the dashboard's
 * session cookie, set by {@code POST /login} from a token typed into the login page ({@link DashboardLogin}).
 * Answers 401 without a valid credential ({@code WWW-Authenticate: Bearer}; the dashboard gets its login page),
 * 403 with one that lacks the route's role, and 404 for internal routes when no shared secret is configured and the
 * caller is not on this machine (or reads need a token).
 */
public final class AccessControl {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);
    /** Response header {@code true} when the request was signed in by the dashboard's session cookie. */
    public static final String SIGNED_IN_HEADER = "Complaint-Streams-Signed-In";
    private final Authenticator auth;
    private final RouteAccess routes;
    private final DashboardLogin login;
    /** Told of every request this check refuses (401, 403, 404), after its answer is set: the read audit. */
    private java.util.function.Consumer<Context> onRefused = ctx -> { };

    AccessControl(Authenticator auth, RouteAccess routes, boolean tls) {
        this.auth = auth;
        this.routes = routes;
        this.login = new DashboardLogin(auth, tls);
    }

    /** From {@code api.*} and {@code ingest.tokens}; rejects incomplete OIDC settings naming the key. */
    public static AccessControl from(AppConfig config, boolean tls) {
        var oidc = OidcSettings.from(config);
        var auth = new Authenticator(StaticTokens.single(config.get(AppConfig.API_INTERNAL_SECRET), Principal.INSTANCE),
                StaticTokens.of(config.get(AppConfig.API_READ_TOKENS), "read-token", Role.READERS),
                oidc.map(OidcVerifier::new).orElse(null));
        boolean ingestTokens = !config.get(AppConfig.INGEST_TOKENS).isBlank();
        var routes = new RouteAccess(Boolean.parseBoolean(config.get(AppConfig.API_METRICS_REQUIRE_TOKEN).trim()),
                Boolean.parseBoolean(config.get(AppConfig.API_HEALTH_REQUIRE_TOKEN).trim()), oidc.isPresent() && !ingestTokens);
        if (!auth.protectsReads()) {
            LOG.warn("api.read-tokens and api.oidc.issuer are not set: the API and dashboard answer anyone who can reach "
                    + "{} (fine on a laptop bound to 127.0.0.1, not on a server)", config.get(AppConfig.HTTP_BIND_ADDRESS));
        } else if (!auth.hasInstanceSecret()) {
            LOG.info("api.internal-secret is not set: instances cannot forward queries to each other (one instance only)");
        }
        oidc.ifPresent(o -> LOG.info("Accepting bearer JWTs: {}", o));
        return new AccessControl(auth, routes, tls);
    }

    /**
     * Who is told of a refused request. A refusal ends the request before any after-handler (where reads are audited)
     * runs, so {@link ReadAudit#recordRefused} is called from here: refused reads are audited too (README "Audit").
     */
    public AccessControl onRefused(java.util.function.Consumer<Context> listener) {
        this.onRefused = java.util.Objects.requireNonNull(listener);
        return this;
    }

    public void register(Javalin app) {
        app.before(this::check);
        login.register(app);
    }

    void check(Context ctx) {
        String path = normalised(ctx.path());
        if (path.equals(DashboardLogin.LOGIN) || path.equals(DashboardLogin.LOGOUT)) {
            return;
        }
        RouteAccess.Rule rule = routes.ruleFor(ctx.method(), path);
        String bearer = bearer(ctx.header("Authorization"));
        String credential = bearer != null ? bearer : login.cookieCredential(ctx);
        Optional<Principal> who = auth.authenticate(credential);
        ctx.attribute(AuditLog.PRINCIPAL_ATTRIBUTE, who.map(Principal::name).orElse(Principal.ANONYMOUS.name()));
        if (bearer == null && credential != null && who.isPresent()) {
            // tells the pages (whose cookie scripts cannot read) to offer "Sign out"; without tokens nobody signs in
            ctx.header(SIGNED_IN_HEADER, "true");
        }
        switch (rule.kind()) {
            case OPEN -> { }
            case INSTANCE -> {
                boolean allowed = auth.hasInstanceSecret() ? who.map(Principal::instance).orElse(false)
                        : !auth.protectsReads() && fromThisMachine(ctx);
                if (!allowed && auth.hasInstanceSecret()) {
                    deny(ctx, 401, "this endpoint is for other instances of complaint-streams only");
                } else if (!allowed) {
                    deny(ctx, 404, "not found");
                }
            }
            case ROLES -> {
                if (!auth.protectsReads() && rule != RouteAccess.Rule.INGEST) {
                    // an open (laptop) instance: still no other site's page may change anything through the browser
                    // (e.g. close an officer's item with a text/plain POST, which needs no CORS preflight)
                    if (!safe(ctx.method()) && DashboardLogin.crossSite(ctx)) {
                        deny(ctx, 403, "cross-site request refused");
                    }
                    return;
                }
                if (who.isEmpty()) {
                    if (path.equals("/") || path.equals("/index.html") || path.equals("/officer.html")) {
                        login.answerLoginPage(ctx, 401, null);
                        ctx.skipRemainingHandlers();
                    } else {
                        ctx.header("WWW-Authenticate", "Bearer");
                        deny(ctx, 401, "a valid read token is required (Authorization: Bearer TOKEN)");
                    }
                } else if (!who.get().hasAny(rule.roles())) {
                    deny(ctx, 403, "this needs the role " + rule.roles().stream().map(Role::label).sorted()
                            .collect(Collectors.joining(" or ")));
                } else if (bearer == null && !safe(ctx.method()) && DashboardLogin.crossSite(ctx)) {
                    deny(ctx, 403, "cross-site request refused");
                }
            }
        }
    }

    private void deny(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
        ctx.skipRemainingHandlers();
        onRefused.accept(ctx);
    }

    private static boolean safe(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    }

    /** {@code Authorization: Bearer X} → X; anything else → null. */
    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /**
     * The path as a route would see it, made stricter: percent-escapes decoded, repeated and trailing slashes removed,
     * lower case. Rules compare against this, so no spelling of a protected path reaches a handler unchecked.
     */
    static String normalised(String rawPath) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = rawPath;
        }
        String p = decoded.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The TCP peer (not X-Forwarded-For) is a loopback address. */
    private static boolean fromThisMachine(Context ctx) {
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

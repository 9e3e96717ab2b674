package io.complaintstreams.api.access;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Headers on every response (README "Data protection", "Transport"): a content security policy that allows only this
 * origin's scripts, styles, images and fetches (the dashboard loads /dashboard.js, /dashboard.css and Chart.js from
 * /webjars, all same-origin; Chart.js draws on canvas and styles elements through the DOM, which CSP allows), no
 * framing ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}), {@code nosniff}, no referrer, HSTS when
 * TLS is on, and {@code Cache-Control: no-store} on the API, the dashboard page, /metrics and /health, whose answers
 * may hold personal data. The printable annual report is one HTML page with its own {@code <style>}: it alone may
 * use inline styles (never inline scripts).
 */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String REPORT_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private final boolean tls;

    public SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    public void register(Javalin app) {
        app.before(this::apply);
        app.after("/api/v1/reports/*", ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.startsWith("text/html")) {
                ctx.header("Content-Security-Policy", REPORT_CSP);
            }
        });
    }

    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/") || path.equals("/index.html") || path.equals("/login")
                || path.equals("/metrics") || path.equals("/health")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}

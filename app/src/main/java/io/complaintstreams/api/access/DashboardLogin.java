package io.complaintstreams.api.access;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How the dashboard sends its token: the login page (answered with 401 at {@code /} without a credential) posts the
 * token once to {@code POST /login}, which checks it and sets it in a cookie that scripts cannot read
 * ({@code HttpOnly}), that no other site's page can make the browser send ({@code SameSite=Strict}), and that only
 * travels over TLS when TLS is on ({@code Secure}); it lasts until the browser closes. The dashboard's own
 * {@code fetch} calls then carry it like any same-origin request. {@code POST /logout} clears it. A login posted from
 * another site ({@code Sec-Fetch-Site} or {@code Origin}) is refused.
 */
final class DashboardLogin {
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String COOKIE = "complaint-streams-token";

    private final Authenticator auth;
    private final boolean tls;

    DashboardLogin(Authenticator auth, boolean tls) {
        this.auth = auth;
        this.tls = tls;
    }

    void register(Javalin app) {
        app.post(LOGIN, this::login);
        app.post(LOGOUT, ctx -> {
            ctx.header("Set-Cookie", cookie("", 0));
            ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private void login(Context ctx) {
        if (crossSite(ctx)) {
            answerLoginPage(ctx, 403, "This sign-in came from another site and was refused.");
            return;
        }
        String token = ctx.formParam("token");
        Optional<Principal> who = auth.authenticate(token == null ? null : token.strip());
        if (who.isEmpty() || !who.get().hasAny(Role.READERS)) {
            answerLoginPage(ctx, 401, "That token was not accepted.");
            return;
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(token.strip().getBytes(StandardCharsets.UTF_8));
        ctx.header("Set-Cookie", cookie(encoded, -1));
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** maxAge -1: until the browser closes; 0: delete. */
    private String cookie(String value, int maxAge) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    /** The token in the dashboard's cookie, or null. */
    String cookieCredential(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The browser says the request came from another site ({@code Sec-Fetch-Site}, else {@code Origin} vs {@code Host}). */
    static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            return !(site.equals("same-origin") || site.equals("none"));
        }
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String host = ctx.header("Host");
        return host == null || !(origin.endsWith("://" + host));
    }

    void answerLoginPage(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(PAGE.replace("<!--message-->",
                message == null ? "" : "<p class=\"note\" role=\"alert\">" + message + "</p>"));
    }

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Sign in · complaint-streams</title>
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/dashboard.css">
            </head>
            <body>
              <header><h1>Complaints dashboard</h1></header>
              <main>
                <h2>Sign in</h2>
                <p>The dashboard shows residents' complaints. Paste the read token (or identity-provider access token)
                  you were given.</p>
                <!--message-->
                <form method="post" action="/login">
                  <label for="token">Token</label>
                  <input id="token" name="token" type="password" autocomplete="off" required>
                  <button type="submit">Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;
}

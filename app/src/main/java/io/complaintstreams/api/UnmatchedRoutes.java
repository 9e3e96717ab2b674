package io.complaintstreams.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Requests no route answers, in the API's error shape ({@code {"error": "..."}}) rather than Javalin's plain text: a
 * path that exists under other methods (e.g. {@code GET /api/v1/events/contacts}, which is POST only) is {@code 405}
 * with an {@code Allow} header naming them (RFC 9110 section 15.5.6) and {@code "allowed": [...]} in the body; any
 * other path is {@code 404}. Static files are looked up before either (Javalin serves them first).
 */
final class UnmatchedRoutes {
    private UnmatchedRoutes() {
    }

    /** Makes the router answer 405 where the path exists under another method (before {@link #register}). */
    static void configure(JavalinConfig config) {
        config.http.prefer405over404 = true;
    }

    static void register(Javalin app) {
        app.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            // Javalin names the path's methods in its one detail, comma-separated
            List<String> allowed = e.getDetails().values().stream().findFirst()
                    .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList())
                    .orElse(List.of());
            ctx.header("Allow", String.join(", ", allowed)).status(405).json(Map.of(
                    "error", ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + String.join(", ", allowed),
                    "allowed", allowed));
        });
        app.exception(EndpointNotFound.class, (e, ctx) ->
                ctx.status(404).json(Map.of("error", "no endpoint " + ctx.method() + " " + ctx.path())));
    }
}

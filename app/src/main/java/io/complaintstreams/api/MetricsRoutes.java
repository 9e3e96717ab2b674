package io.complaintstreams.api;

import io.complaintstreams.metrics.AppMetrics;
import io.javalin.Javalin;

/** {@code GET /metrics} in the Prometheus text format. */
public final class MetricsRoutes {
    private final AppMetrics metrics;

    public MetricsRoutes(AppMetrics metrics) {
        this.metrics = metrics;
    }

    public void register(Javalin app) {
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }
}

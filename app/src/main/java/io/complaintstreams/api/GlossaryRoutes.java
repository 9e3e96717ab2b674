package io.complaintstreams.api;

import io.complaintstreams.domain.glossary.Glossary;
import io.javalin.Javalin;

/**
 * {@code GET /api/v1/glossary}: the one glossary of human labels ({@link Glossary}) as a flat JSON object keyed
 * {@code kind.code}, e.g. {@code {"theme.damp_mould": "Damp and mould", "alert.RESPONSE_OVERDUE": "Response overdue"}}.
 * The dashboard labels every code with it, so the reports, the dashboard and Grafana say the same thing. It holds no
 * personal data; with read credentials configured it needs any reading role, like the figures.
 */
public final class GlossaryRoutes {
    public static final String PATH = "/api/v1/glossary";

    public void register(Javalin app) {
        app.get(PATH, ctx -> ctx.header("Cache-Control", "no-store").json(Glossary.all()));
    }
}

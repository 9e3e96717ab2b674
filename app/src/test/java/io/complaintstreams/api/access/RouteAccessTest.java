package io.complaintstreams.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

/** The route table of README "Data protection", "Access", and the path spellings it must not miss. */
class RouteAccessTest {
    private final RouteAccess open = new RouteAccess(false, false, false);

    @Test
    void shouldNeedCaseworkForComplaintsAlertsAndAnyUnlistedApiRoute() {
        assertEquals(RouteAccess.Rule.CASEWORK, open.ruleFor(HandlerType.GET, "/api/v1/complaints/c-1"));
        assertEquals(RouteAccess.Rule.CASEWORK, open.ruleFor(HandlerType.GET, "/api/v1/alerts"));
        assertEquals(RouteAccess.Rule.CASEWORK, open.ruleFor(HandlerType.POST, "/api/v1/alerts/a-1/resolution"));
        assertEquals(RouteAccess.Rule.CASEWORK, open.ruleFor(HandlerType.GET, "/api/v1/some-future-route"));
        assertEquals(RouteAccess.Rule.CASEWORK, open.ruleFor(HandlerType.POST, "/api/v1/tsm"), "only GET of figures is MRC's");
    }

    @Test
    void shouldLetReadersSeeFiguresAndTheDashboard() {
        assertEquals(RouteAccess.Rule.READERS, open.ruleFor(HandlerType.GET, "/api/v1/tsm"));
        assertEquals(RouteAccess.Rule.READERS, open.ruleFor(HandlerType.GET, "/api/v1/reports/annual"));
        assertEquals(RouteAccess.Rule.READERS, open.ruleFor(HandlerType.GET, "/api/v1/stats/monthly"));
        assertEquals(RouteAccess.Rule.READERS, open.ruleFor(HandlerType.GET, "/api/v1/glossary"));
        assertEquals(RouteAccess.Rule.READERS, open.ruleFor(HandlerType.GET, "/"));
        assertEquals(RouteAccess.Rule.OPEN, open.ruleFor(HandlerType.GET, "/dashboard.js"));
    }

    @Test
    void shouldKeepInternalRoutesForInstancesAndIngestForItsOwnTokens() {
        assertEquals(RouteAccess.Rule.INSTANCE, open.ruleFor(HandlerType.GET, "/api/v1/internal/complaint-facts"));
        assertEquals(RouteAccess.Rule.OPEN, open.ruleFor(HandlerType.POST, "/api/v1/events/contacts"));
        assertEquals(RouteAccess.Rule.INGEST, new RouteAccess(false, false, true).ruleFor(HandlerType.POST, "/api/v1/events/contacts"));
    }

    @Test
    void shouldMakeMetricsAndHealthNeedATokenOnlyWhenConfigured() {
        assertEquals(RouteAccess.Rule.OPEN, open.ruleFor(HandlerType.GET, "/metrics"));
        assertEquals(RouteAccess.Rule.OPEN, open.ruleFor(HandlerType.GET, "/health"));
        RouteAccess closed = new RouteAccess(true, true, false);
        assertEquals(RouteAccess.Rule.READERS, closed.ruleFor(HandlerType.GET, "/metrics"));
        assertEquals(RouteAccess.Rule.READERS, closed.ruleFor(HandlerType.GET, "/health"));
    }

    @Test
    void shouldNormaliseEverySpellingOfAPathBeforeTheRules() {
        assertEquals("/api/v1/internal/complaint-facts", AccessControl.normalised("/api/v1//internal/complaint-facts/"));
        assertEquals("/api/v1/internal/complaint-facts", AccessControl.normalised("/API/v1/%69nternal/complaint-facts"));
        assertEquals("/", AccessControl.normalised("//"));
        assertEquals("/api/v1/complaints/c 1", AccessControl.normalised("/api/v1/complaints/C%201"));
    }

    @Test
    void shouldReadOnlyBearerCredentials() {
        assertEquals("abc", AccessControl.bearer("bearer  abc "));
        assertEquals(null, AccessControl.bearer("Basic abc"));
        assertEquals(null, AccessControl.bearer("Bearer "));
        assertEquals(null, AccessControl.bearer(null));
    }
}

package io.complaintstreams.api.officer;

import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/v1/officer/complaints/{id}/timeline}: the complaint's events and alerts in order ({@link Timeline}),
 * answered by the instance that owns the complaint (forwarded when another does); {@code 404} if unknown. Officer role.
 */
final class TimelineRoutes {
    private final KafkaStreams streams;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;
    private final Clock clock;
    private final ZoneId zone;
    private final WorkingDayCalendar calendar;

    TimelineRoutes(KafkaStreams streams, HostInfoResolver hosts, RemoteQueryClient remote, Clock clock, ZoneId zone,
                   WorkingDayCalendar calendar) {
        this.streams = streams;
        this.hosts = hosts;
        this.remote = remote;
        this.clock = clock;
        this.zone = zone;
        this.calendar = calendar;
    }

    void register(Javalin app) {
        app.get("/api/v1/officer/complaints/{id}/timeline", this::timeline);
    }

    private void timeline(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        boolean localOnly = "true".equals(ctx.queryParam("local"));
        HostInfo owner = localOnly ? hosts.self() : hosts.ownerOf(DeadlineClockPart.LEDGER_STORE, id).orElse(null);
        if (owner == null) {
            throw new InvalidStateStoreException("no owner for " + id);
        }
        if (!hosts.isSelf(owner)) {
            var answer = remote.get(owner, "/api/v1/officer/complaints/"
                    + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/timeline");
            ctx.status(answer.status()).contentType("application/json").result(answer.body());
            return;
        }
        ComplaintLedger ledger = ComplaintFactsQuery.ledger(streams).get(id);
        if (ledger == null || ledger.getState() == null) {
            ctx.status(404).json(Map.of("error", "no complaint " + id, "field", "id"));
            return;
        }
        ctx.json(Timeline.of(ledger, LocalDate.now(clock.withZone(zone)), calendar));
    }
}

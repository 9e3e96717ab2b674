package io.complaintstreams.api.officer;

import io.complaintstreams.api.PartitionShares;
import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The complaints officer's endpoints (issue 14 item 1, issue 12 item 3): grouped possible-unlogged items and their
 * resolution, the work queue and a complaint's timeline. Every route needs the officer role when access control is on ({@code api.access.RouteAccess}: anything
 * under {@code /api/v1/} not named for the MRC is casework). Owns the resolutions producer: close it with the server.
 */
public final class OfficerRoutes implements AutoCloseable {
    private final ResolutionPublisher publisher;
    private final UnloggedItemRoutes items;
    private final ResolutionRoutes resolutions;
    private final QueueRoutes queue;
    private final TimelineRoutes timeline;

    /**
     * @param copies this instance's store copies (active, standby, restoring)
     * @param shares the gathering of one copy of each store partition across instances, shared with the other queries
     */
    public OfficerRoutes(KafkaStreams streams, HostInfoResolver hosts, RemoteQueryClient remote, LocalStoreCopies copies,
                         PartitionShares shares, Map<String, Object> kafkaClientConfig, Topics topics, AuditLog audit,
                         Clock clock, ZoneId zone) {
        var cluster = new ClusterRows.Factory(copies, shares);
        this.items = new UnloggedItemRoutes(clock, zone, cluster);
        this.publisher = new ResolutionPublisher(kafkaClientConfig, topics.alertResolutions);
        this.resolutions = new ResolutionRoutes(items, publisher, audit, clock);
        var calendar = WorkingDayCalendar.englandAndWales();
        this.queue = new QueueRoutes(clock, zone, calendar, cluster);
        this.timeline = new TimelineRoutes(streams, hosts, remote, clock, zone, calendar);
    }

    public void register(Javalin app) {
        items.register(app);
        resolutions.register(app);
        queue.register(app);
        timeline.register(app);
    }

    @Override
    public void close() {
        publisher.close();
    }
}

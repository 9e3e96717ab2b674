package io.complaintstreams.api.officer;

import io.complaintstreams.api.PartitionShares;
import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.query.ServiceRequestsQuery;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.topics.Topics;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.streams.privacy.PrivacySettings;
import io.complaintstreams.streams.privacy.ResidentKeysPart;
import complaintstreams.privacy.ResidentKey;
import io.javalin.Javalin;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
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
    /** How long the view waits for the key of a note just resolved to reach this instance's key ring. */
    static final Duration NOTE_KEY_WAIT = Duration.ofSeconds(2);
    private final ResolutionPublisher publisher;
    private final UnloggedItemRoutes items;
    private final ResolutionRoutes resolutions;
    private final QueueRoutes queue;
    private final TimelineRoutes timeline;
    private final ServiceRequestRoutes serviceRequests;

    /**
     * @param copies this instance's store copies (active, standby, restoring)
     * @param shares the gathering of one copy of each store partition across instances, shared with the other queries
     * @param privacy    the master key and retention the officers' view opens sealed notes with
     * @param noteSealer present when text encryption is on: resolutions' notes are sealed under the resident's key
     */
    public OfficerRoutes(KafkaStreams streams, HostInfoResolver hosts, RemoteQueryClient remote, LocalStoreCopies copies,
                         PartitionShares shares, Map<String, Object> kafkaClientConfig, Topics topics, AuditLog audit,
                         Clock clock, ZoneId zone, PrivacySettings privacy, Optional<TextSealer> noteSealer,
                         ServiceRequestsQuery serviceRequestsQuery) {
        var cluster = new ClusterRows.Factory(copies, shares);
        this.items = new UnloggedItemRoutes(clock, zone, cluster, vault(streams, privacy, clock, zone));
        this.publisher = new ResolutionPublisher(kafkaClientConfig, topics.alertResolutions, topics.residentKeys);
        this.resolutions = new ResolutionRoutes(items, publisher, audit, clock, noteSealer, new ComplaintResidents(streams, hosts, remote));
        var calendar = WorkingDayCalendar.englandAndWales();
        this.queue = new QueueRoutes(clock, zone, calendar, cluster);
        this.timeline = new TimelineRoutes(streams, hosts, remote, clock, zone, calendar);
        this.serviceRequests = new ServiceRequestRoutes(serviceRequestsQuery, clock, zone, cluster);
    }

    /**
     * Opens sealed text (officers' notes, Ombudsman order wordings) through this instance's copy of the key ring (the
     * global store of complaints.resident-keys).
     */
    public static TextVault vault(KafkaStreams streams, PrivacySettings privacy, Clock clock, ZoneId zone) {
        if (privacy.masterKey().isEmpty()) {
            return TextVault.none();
        }
        return new KeyRingVault(privacy.masterKey().get(), keyId -> streams.store(StoreQueryParameters.fromNameAndType(
                ResidentKeysPart.KEYS_STORE, QueryableStoreTypes.<String, ResidentKey>keyValueStore())).get(keyId),
                privacy.retention(), () -> LocalDate.now(clock.withZone(zone)), NOTE_KEY_WAIT);
    }

    public void register(Javalin app) {
        items.register(app);
        resolutions.register(app);
        queue.register(app);
        timeline.register(app);
        serviceRequests.register(app);
    }

    @Override
    public void close() {
        publisher.close();
    }
}

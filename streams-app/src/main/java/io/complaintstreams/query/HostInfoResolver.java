package io.complaintstreams.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Host discovery for interactive queries, in one place: which instance owns a key, and every instance that
 * holds a part of a store. Instances advertise their HTTP address through {@code application.server}.
 */
public final class HostInfoResolver {
    private final KafkaStreams streams;
    private final HostInfo self;

    public HostInfoResolver(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public HostInfo self() {
        return self;
    }

    /** The active host for the key, or empty while the store is unavailable (rebalancing, restoring). */
    public Optional<HostInfo> ownerOf(String store, String key) {
        KeyQueryMetadata meta = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (meta == null || meta.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Optional.empty();
        }
        return Optional.of(meta.activeHost());
    }

    public boolean isSelf(HostInfo host) {
        return host.equals(self) || host.equals(HostInfo.unavailable());
    }

    /**
     * Every other instance of the application as this one last heard of it (a lost instance stays listed until its
     * session times out); empty while Kafka Streams is not running or rebalancing.
     */
    public List<HostInfo> others() {
        try {
            return streams.metadataForAllStreamsClients().stream().map(StreamsMetadata::hostInfo)
                    .filter(h -> !isSelf(h)).distinct().toList();
        } catch (IllegalStateException e) { // Kafka Streams not running
            return List.of();
        }
    }

    /**
     * The instances that hold the key's partition of the store, its active host first, then its standby hosts (empty
     * when Kafka Streams does not know them now, e.g. during a rebalance).
     */
    public List<HostInfo> holdersOf(String store, String key) {
        try {
            KeyQueryMetadata meta = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
            if (meta == null || meta.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                return List.of();
            }
            List<HostInfo> out = new ArrayList<>();
            if (!meta.activeHost().equals(HostInfo.unavailable())) {
                out.add(meta.activeHost());
            }
            meta.standbyHosts().stream().filter(h -> !out.contains(h)).forEach(out::add);
            return out;
        } catch (IllegalStateException e) {
            return List.of();
        }
    }

    /**
     * The store partition of a String key among {@code partitions}: Kafka's default partitioning (murmur2 of the UTF-8
     * key), as ingest wrote it and as {@link KafkaStreams#queryMetadataForKey} computes it, usable when Kafka Streams'
     * metadata is not available.
     */
    public static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Every instance that hosts a partition of the store (including this one). */
    public Collection<HostInfo> hostsOf(String store) {
        return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).distinct().toList();
    }
}

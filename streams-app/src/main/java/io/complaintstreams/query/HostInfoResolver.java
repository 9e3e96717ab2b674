package io.complaintstreams.query;

import java.util.Collection;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
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

    /** Every instance that hosts a partition of the store (including this one). */
    public Collection<HostInfo> hostsOf(String store) {
        return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).distinct().toList();
    }
}

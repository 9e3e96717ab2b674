package io.complaintstreams.streams.privacy;

import complaintstreams.events.DeadlineState;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Erasure (erase --resident): requests from {@code complaints.erasure-requests} mask the resident's id in the stores
 * that hold it and re-publish the affected complaints' {@code complaints.deadlines} records with the masked id, so
 * compaction drops the old ones. The CLI sends each request to every partition, so every task of the input
 * sub-topology (which holds these stores) sees it. Counts are not touched: TSM and annual figures stay the same.
 * Must be wired after the parts whose stores it masks. Names here are state compatibility: never rename them.
 */
public final class ErasurePart implements TopologyPart {
    public static final String SOURCE = ErasureRequests.SOURCE;
    public static final String PROCESSOR = "privacy-erasure";
    public static final String SINK = "privacy-sink-masked-deadlines";

    private final PrivacySettings privacy;

    public ErasurePart(PrivacySettings privacy) {
        this.privacy = privacy;
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        ErasureRequests.stream(builder, inputs, settings)
                .process(() -> new ErasureProcessor(privacy, ResidentMasks.production()), Named.as(PROCESSOR),
                        DeadlineClockPart.LEDGER_STORE)
                .to(settings.topics().deadlines.name(),
                        Produced.<String, DeadlineState>with(Serdes.String(), EventSerdes.DEADLINE_STATE).withName(SINK));
    }
}

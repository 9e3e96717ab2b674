package io.complaintstreams.streams.ombudsman;

import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.OmbudsmanEvent;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.OccurredAtExtractor;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.guard.GuardedDeserializers;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Ombudsman cases and orders (Code 9.7 c, issue 15): {@code crm.ombudsman-cases} in (keyed by complaintId, so in the
 * same task as the complaint's ledger), one {@link #CASES_STORE} entry per complaint (value
 * {@code complaintstreams.state.OmbudsmanCaseEntry}, binary Avro, resident ids left out: an alert takes the resident
 * from the complaint's {@code complaint-ledger} entry, read-only, so erasure's mask applies), and {@code OMBUDSMAN_ORDER_DUE_SOON} /
 * {@code OMBUDSMAN_ORDER_OVERDUE} on {@code complaints.alerts}, each (order, kind) once across restarts. A punctuation
 * (wall clock, or once per stream-time date with {@code --clock event}) reads only the cases due a look in
 * {@link #INDEX_STORE}. Names here are state compatibility: never rename them.
 *
 * <p>The complaint's ledger store is connected to this processor, so {@code crm.ombudsman-cases} must have as many
 * partitions as {@code crm.complaint-events} (the topic provisioner creates both alike; Kafka Streams refuses to start
 * otherwise).
 */
public final class OmbudsmanPart implements TopologyPart {
    public static final String SOURCE = "source-ombudsman-cases";
    public static final String PROCESSOR = "ombudsman-orders";
    /** complaintId to {@code OmbudsmanCaseEntry}. */
    public static final String CASES_STORE = "ombudsman-cases";
    /** {@code YYYY-MM-DD|complaintId} to complaintId: when to look at a case's orders again. */
    public static final String INDEX_STORE = "ombudsman-order-index";
    static final String SINK = "sink-ombudsman-alerts";

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        var topic = settings.topics().ombudsmanCases;
        var keys = Serdes.serdeFrom(topic.keySerde().serializer(),
                GuardedDeserializers.key(topic.keySerde().deserializer(), settings.inputGuard()));
        var values = Serdes.serdeFrom(topic.valueSerde().serializer(),
                GuardedDeserializers.value(topic.valueSerde().deserializer(), settings.inputGuard()));
        KStream<String, OmbudsmanEvent> cases = builder.stream(topic.name(), Consumed.with(keys, values)
                .withTimestampExtractor(new OccurredAtExtractor()).withName(SOURCE));
        // reads the complaint's ledger (same key, same task) for the resident: the case entry keeps no resident id
        cases.process(new Supplier(settings), Named.as(PROCESSOR), DeadlineClockPart.LEDGER_STORE)
                .to(settings.topics().alerts.name(), Produced.with(Serdes.String(), EventSerdes.DEADLINE_ALERT).withName(SINK));
    }

    private record Supplier(TopologySettings settings) implements ProcessorSupplier<String, OmbudsmanEvent, String, DeadlineAlert> {
        @Override
        public Processor<String, OmbudsmanEvent, String, DeadlineAlert> get() {
            return new OmbudsmanOrderProcessor(settings);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CASES_STORE), Serdes.String(),
                            StateSerdes.OMBUDSMAN_CASE_ENTRY).withCachingEnabled(),
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.String(), Serdes.String()));
        }
    }
}

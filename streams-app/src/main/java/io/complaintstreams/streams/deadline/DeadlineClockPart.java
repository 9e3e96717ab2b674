package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.privacy.PersonalDataInventory;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The complaint ledger and the Code deadline clock: complaint events in, one {@link #LEDGER_STORE} entry per
 * complaint (facts, state, alerts raised; value {@code complaintstreams.state.ComplaintLedger}, binary Avro),
 * {@code complaints.deadlines} (state per complaint) and {@code complaints.alerts} out. Everything else that needs a
 * complaint's facts reads the ledger: the aggregates in the same task (a {@link LedgerListener}), the queries, the
 * gauges and the reports through interactive queries. Names here are state compatibility: never rename them.
 */
public final class DeadlineClockPart implements TopologyPart {
    public static final String PROCESSOR = "deadline-clock";
    /** The complaint ledger: complaintId to {@code ComplaintLedger}. */
    public static final String LEDGER_STORE = "complaint-ledger";
    /** {@code YYYY-MM-DD|complaintId} to complaintId: when to look at a complaint again. */
    public static final String INDEX_STORE = "deadline-index";
    static final String OUTPUT_SPLIT = "deadline-output-";
    static final String STATE_BRANCH = OUTPUT_SPLIT + "state";
    static final String ALERT_BRANCH = OUTPUT_SPLIT + "alert";
    static final String UNKNOWN_BRANCH = OUTPUT_SPLIT + "unknown-complaint";

    private final ComplaintClock.Factory clockFactory;
    private final LedgerListener.Factory listeners;
    private final StartupHistory history;

    public DeadlineClockPart(ComplaintClock.Factory clockFactory) {
        this(clockFactory, LedgerListener.none());
    }

    public DeadlineClockPart(ComplaintClock.Factory clockFactory, LedgerListener.Factory listeners) {
        this(clockFactory, listeners, StartupHistory.none());
    }

    /** @param history the complaint events a wall-clock instance found waiting at start-up, judged by stream time */
    public DeadlineClockPart(ComplaintClock.Factory clockFactory, LedgerListener.Factory listeners, StartupHistory history) {
        this.clockFactory = clockFactory;
        this.listeners = listeners;
        this.history = history;
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        KStream<String, SpecificRecord> outputs = inputs.complaintEvents()
                .process(new Supplier(settings, clockFactory, listeners, history), Named.as(PROCESSOR),
                        listeners.storeNames().toArray(String[]::new));
        var branches = outputs.split(Named.as(OUTPUT_SPLIT))
                .branch((id, value) -> value instanceof DeadlineState, Branched.as("state"))
                .branch((id, value) -> value instanceof DeadlineAlert, Branched.as("alert"))
                .branch((id, value) -> value instanceof ComplaintEvent, Branched.as("unknown-complaint"))
                .noDefaultBranch();
        branches.get(STATE_BRANCH)
                .mapValues(value -> (DeadlineState) value, Named.as("deadline-state-typed"))
                .to(settings.topics().deadlines.name(),
                        Produced.with(Serdes.String(), EventSerdes.DEADLINE_STATE).withName("sink-deadlines"));
        branches.get(ALERT_BRANCH)
                .mapValues(value -> (DeadlineAlert) value, Named.as("deadline-alert-typed"))
                .to(settings.topics().alerts.name(),
                        Produced.with(Serdes.String(), EventSerdes.DEADLINE_ALERT).withName("sink-deadline-alerts"));
        branches.get(UNKNOWN_BRANCH)
                .mapValues(value -> (ComplaintEvent) value, Named.as("deadline-unknown-complaint-typed"))
                .to(settings.topics().deadLetter(),
                        Produced.with(Serdes.String(), EventSerdes.COMPLAINT_EVENT).withName("sink-deadline-dead-letter"));
    }

    private record Supplier(TopologySettings settings, ComplaintClock.Factory clockFactory, LedgerListener.Factory listeners,
                            StartupHistory history)
            implements ProcessorSupplier<String, complaintstreams.events.ComplaintEvent, String, SpecificRecord> {

        @Override
        public Processor<String, complaintstreams.events.ComplaintEvent, String, SpecificRecord> get() {
            return new DeadlineProcessor(settings, clockFactory.create(settings), listeners.create(), history);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LEDGER_STORE), Serdes.String(),
                            StateSerdes.COMPLAINT_LEDGER).withCachingEnabled()
                            .withLoggingEnabled(PersonalDataInventory.MASKED_CHANGELOG_CONFIG),
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.String(),
                            Serdes.String()));
        }
    }
}

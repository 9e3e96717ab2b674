package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.state.EntityFact;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.classification.RequestLedgerListener;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import io.complaintstreams.streams.deadline.LedgerListener;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Complaint-handling statistics per landlord, calendar month and ISO week, summed where the facts already are: each
 * task keeps its own partial sums in {@link #MONTHLY_STORE} and {@link #WEEKLY_STORE} (keyed
 * {@code period|landlordId}, binary {@code CounterSet}), and the queries add up every task's share. Complaints
 * contribute from the complaint ledger's task ({@link #ledgerListener()}); signals where they are made
 * ({@link #SIGNAL_COUNTS_PROCESSOR}); service requests from the service-request ledger's task
 * ({@link #requestLedgerListener()}); surveys in {@link #ENTITY_PROCESSOR}, in the task of the survey's own
 * {@code crm.surveys} partition, where the survey and the signal classifying its comment are both made (no
 * repartition). Names here are state compatibility: never rename them.
 */
public final class AggregationPart implements TopologyPart {
    public static final String SIGNAL_COUNTS_PROCESSOR = "aggregation-signal-counts";
    public static final String ENTITY_PROCESSOR = "aggregation-entity-contributions";
    public static final String ENTITIES_STORE = "aggregation-entities";
    public static final String MONTHLY_STORE = "aggregation-monthly";
    public static final String WEEKLY_STORE = "aggregation-weekly";
    private static final String[] PERIOD_STORES = {MONTHLY_STORE, WEEKLY_STORE};

    private final WorkingDayCalendar calendar;

    /** England and Wales working days (the bundled GOV.UK list), as the deadline clock uses. */
    public AggregationPart() {
        this(WorkingDayCalendar.englandAndWales());
    }

    public AggregationPart(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The service requests' share, worked out in the service-request ledger's task: give it to the classification part
     * (without classification in the topology, this part builds a ledger that only counts).
     */
    public RequestLedgerListener.Factory requestLedgerListener() {
        return new RequestLedgerAggregates.Factory();
    }

    /** The complaints' share, worked out in the complaint ledger's task: give it to the deadline clock part. */
    public LedgerListener.Factory ledgerListener() {
        return new ComplaintLedgerAggregates.Factory(calendar);
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        addPeriodStores(builder, inputs);
        var rules = new EntityContributions(settings.zone(), settings.surveyDissatisfiedAtOrBelow());
        var ledger = inputs.derived().requestLedgerStores();
        if (ledger.isEmpty()) {
            RequestLedgerTopology.countingOnly(builder, inputs, settings, inputs.derived().signals(), requestLedgerListener());
        } else if (!ledger.get().containsAll(Set.of(PERIOD_STORES))) {
            throw new IllegalStateException("the service-request ledger counts nothing: give AggregationPart.requestLedgerListener() "
                    + "to the ClassificationPart");
        }

        KStream<String, EntityFact> entityFacts = inputs.surveys().flatMap(EntityFacts::ofSurvey, Named.as("aggregation-survey-facts"));
        if (inputs.derived().signals().isPresent()) {
            KStream<String, Signal> signals = inputs.derived().signals().get();
            signals.process(new SignalCountsSupplier(rules), Named.as(SIGNAL_COUNTS_PROCESSOR), PERIOD_STORES);
            entityFacts = entityFacts.merge(signals.flatMap(EntityFacts::ofSignal, Named.as("aggregation-signal-facts")),
                    Named.as("aggregation-merge-signal-facts"));
        }
        // a survey and the signal of its comment are made in the task of the survey's crm.surveys partition: no repartition
        entityFacts.process(new EntitySupplier(rules), Named.as(ENTITY_PROCESSOR), PERIOD_STORES);
    }

    /** Adds the period stores unless the service-request ledger, wired first, has already added them. */
    static void addPeriodStores(StreamsBuilder builder, InputStreams inputs) {
        for (String name : PERIOD_STORES) {
            if (inputs.derived().firstToAdd(name)) {
                builder.addStateStore(periodStore(name));
            }
        }
    }

    /** Period keys a task sums changes for between commits (a landlord's current months and weeks, and stragglers). */
    static final int PERIOD_KEYS_IN_MEMORY = 1_000;

    /**
     * Every event adds to a few period keys: their changes are summed in memory and added to the stored sums once per
     * commit ({@link PeriodSumStore}).
     */
    private static StoreBuilder<?> periodStore(String name) {
        return new PeriodSumStoreBuilder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                StateSerdes.COUNTER_SET).withCachingEnabled(), PERIOD_KEYS_IN_MEMORY);
    }

    private record EntitySupplier(EntityContributions rules) implements ProcessorSupplier<String, EntityFact, Void, Void> {
        @Override
        public Processor<String, EntityFact, Void, Void> get() {
            return new EntityContributionProcessor(rules);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITIES_STORE), Serdes.String(),
                    StateSerdes.ENTITY_ENTRY).withCachingEnabled());
        }
    }

    private record SignalCountsSupplier(EntityContributions rules) implements ProcessorSupplier<String, Signal, Void, Void> {
        @Override
        public Processor<String, Signal, Void, Void> get() {
            return new SignalCountsProcessor(rules);
        }
    }
}

package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.state.EntityFact;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.deadline.LedgerListener;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Complaint-handling statistics per landlord, calendar month and ISO week, summed where the facts already are: each
 * task keeps its own partial sums in {@link #MONTHLY_STORE} and {@link #WEEKLY_STORE} (keyed
 * {@code period|landlordId}, binary {@code CounterSet}), and the queries add up every task's share. Complaints
 * contribute from the complaint ledger's task ({@link #ledgerListener()}); signals where they are made
 * ({@link #SIGNAL_COUNTS_PROCESSOR}); surveys and service requests from {@link #ENTITY_PROCESSOR}, after the one
 * repartition that brings a survey, a service request and the signals and surveys naming it together. Names here
 * are state compatibility: never rename them.
 */
public final class AggregationPart implements TopologyPart {
    public static final String SIGNAL_COUNTS_PROCESSOR = "aggregation-signal-counts";
    public static final String ENTITY_REPARTITION = "aggregation-entity-facts";
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

    /** The complaints' share, worked out in the complaint ledger's task: give it to the deadline clock part. */
    public LedgerListener.Factory ledgerListener() {
        return new ComplaintLedgerAggregates.Factory(calendar);
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        builder.addStateStore(periodStore(MONTHLY_STORE));
        builder.addStateStore(periodStore(WEEKLY_STORE));
        var rules = new EntityContributions(settings.zone(), settings.surveyDissatisfiedAtOrBelow());

        KStream<String, EntityFact> entityFacts = inputs.surveys()
                .flatMap(EntityFacts::ofSurvey, Named.as("aggregation-survey-facts"))
                .merge(inputs.serviceRequests().map(EntityFacts::ofServiceRequest, Named.as("aggregation-service-request-facts")),
                        Named.as("aggregation-merge-survey-request-facts"));
        if (inputs.derived().signals().isPresent()) {
            KStream<String, Signal> signals = inputs.derived().signals().get();
            signals.process(new SignalCountsSupplier(rules), Named.as(SIGNAL_COUNTS_PROCESSOR), PERIOD_STORES);
            entityFacts = entityFacts.merge(signals.flatMap(EntityFacts::ofSignal, Named.as("aggregation-signal-facts")),
                    Named.as("aggregation-merge-signal-facts"));
        }
        entityFacts.repartition(Repartitioned.with(Serdes.String(), StateSerdes.ENTITY_FACT).withName(ENTITY_REPARTITION))
                .process(new EntitySupplier(rules), Named.as(ENTITY_PROCESSOR), PERIOD_STORES);
    }

    private static StoreBuilder<?> periodStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), StateSerdes.COUNTER_SET)
                .withCachingEnabled();
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

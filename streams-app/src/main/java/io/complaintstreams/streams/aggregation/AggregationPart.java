package io.complaintstreams.streams.aggregation;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.OccurredAtExtractor;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.internal.JsonSerde;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Complaint-handling statistics per landlord, calendar month and ISO week. Each complaint (and each survey, signal
 * and service request) keeps the contributions it last made; a new fact recomputes them and only the change flows
 * on, keyed by {@code period|landlordId}, to the queryable {@link #MONTHLY_STORE} and {@link #WEEKLY_STORE}. Late
 * facts land in their own period, repeats count once, corrections move counts. Names here are state
 * compatibility: never rename them.
 */
public final class AggregationPart implements TopologyPart {
    public static final String SIGNALS_SOURCE = "aggregation-source-signals";
    public static final String COMPLAINT_PROCESSOR = "aggregation-complaint-contributions";
    public static final String COMPLAINTS_STORE = "aggregation-complaints";
    public static final String ENTITY_REPARTITION = "aggregation-entity-facts";
    public static final String ENTITY_PROCESSOR = "aggregation-entity-contributions";
    public static final String ENTITIES_STORE = "aggregation-entities";
    public static final String DELTA_REPARTITION = "aggregation-deltas";
    public static final String APPLY_PROCESSOR = "aggregation-apply";
    public static final String MONTHLY_STORE = "aggregation-monthly";
    public static final String WEEKLY_STORE = "aggregation-weekly";

    private final WorkingDayCalendar calendar;

    /** England and Wales working days (the bundled GOV.UK list), as the deadline clock uses. */
    public AggregationPart() {
        this(WorkingDayCalendar.englandAndWales());
    }

    public AggregationPart(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        var topics = settings.topics();
        KStream<String, CounterDelta> complaintDeltas = inputs.complaintEvents().process(
                new ComplaintSupplier(new ComplaintContributions(calendar, settings.dueSoonWorkingDays())), Named.as(COMPLAINT_PROCESSOR));

        var signals = builder.stream(topics.signals.name(), Consumed.with(Serdes.String(), EventSerdes.SIGNAL)
                .withTimestampExtractor(new OccurredAtExtractor()).withName(SIGNALS_SOURCE));
        KStream<String, EntityFact> entityFacts = inputs.surveys()
                .flatMap(EntityFacts::ofSurvey, Named.as("aggregation-survey-facts"))
                .merge(inputs.serviceRequests().map(EntityFacts::ofServiceRequest, Named.as("aggregation-service-request-facts")),
                        Named.as("aggregation-merge-survey-request-facts"))
                .merge(signals.flatMap(EntityFacts::ofSignal, Named.as("aggregation-signal-facts")),
                        Named.as("aggregation-merge-signal-facts"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(EntityFact.class)).withName(ENTITY_REPARTITION));
        KStream<String, CounterDelta> entityDeltas = entityFacts.process(
                new EntitySupplier(new EntityContributions(settings.zone(), settings.surveyDissatisfiedAtOrBelow())),
                Named.as(ENTITY_PROCESSOR));

        complaintDeltas.merge(entityDeltas, Named.as("aggregation-merge-deltas"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(CounterDelta.class)).withName(DELTA_REPARTITION))
                .process(new ApplySupplier(), Named.as(APPLY_PROCESSOR));
    }

    private record ComplaintSupplier(ComplaintContributions rules)
            implements ProcessorSupplier<String, ComplaintEvent, String, CounterDelta> {
        @Override
        public Processor<String, ComplaintEvent, String, CounterDelta> get() {
            return new ComplaintContributionProcessor(rules);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COMPLAINTS_STORE), Serdes.String(),
                    new JsonSerde<>(ComplaintEntry.class)));
        }
    }

    private record EntitySupplier(EntityContributions rules) implements ProcessorSupplier<String, EntityFact, String, CounterDelta> {
        @Override
        public Processor<String, EntityFact, String, CounterDelta> get() {
            return new EntityContributionProcessor(rules);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITIES_STORE), Serdes.String(),
                    new JsonSerde<>(EntityEntry.class)));
        }
    }

    private record ApplySupplier() implements ProcessorSupplier<String, CounterDelta, Void, Void> {
        @Override
        public Processor<String, CounterDelta, Void, Void> get() {
            return new AggregateApplyProcessor();
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MONTHLY_STORE), Serdes.String(),
                            new JsonSerde<>(PeriodCounters.class)),
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WEEKLY_STORE), Serdes.String(),
                            new JsonSerde<>(PeriodCounters.class)));
        }
    }
}

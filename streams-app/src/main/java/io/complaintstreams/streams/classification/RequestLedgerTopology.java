package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.state.RequestLedgerInput;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologySettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Wires the one service-request ledger ({@link #STORE}, keyed by requestId). Status changes are read from
 * {@code crm.service-requests} as they are (keyed by requestId, CONTRACTS section 1), so they cost no repartition:
 * one changelog write each. What names a request from another topic (a contact about it, a survey naming it and a
 * complaint, a RAISE_COMPLAINT signal made elsewhere) comes through the one repartition {@link #FACTS_TOPIC}. That
 * topic and {@code crm.service-requests} feed the same task only if they have as many partitions, which holds
 * because Kafka Streams sizes the repartition topic from the input topics, all created with {@code topic.partitions}.
 * Names here are state compatibility: never rename them.
 */
public final class RequestLedgerTopology {
    /** The ledger processor and its store: requestId to {@code ServiceRequestLedger} (binary Avro). */
    public static final String PROCESSOR = "service-request-ledger";
    public static final String STORE = "service-request-ledger";
    /** Repartition of contacts and links by requestId (binary Avro {@code RequestLedgerInput}). */
    public static final String FACTS_TOPIC = "service-request-facts";

    private RequestLedgerTopology() {}

    /**
     * The production ledger: classifies each new status change and each contact naming a request ({@code contacts}
     * must be only those), runs the chasing rule; returns the signals it makes, keyed by residentId.
     */
    static KStream<String, Signal> classifying(StreamsBuilder builder, InputStreams inputs, TopologySettings settings,
                                               KStream<String, Contact> contacts, Supplier<SignalFactory> factory,
                                               Function<ProcessorContext<String, Signal>, TextVault> vaults,
                                               WorkingDayCalendar calendar, RequestLedgerListener.Factory listener) {
        KStream<String, RequestLedgerInput> contactFacts = contacts.map((contactId, c) -> KeyValue.pair(c.getServiceRequestId(),
                new RequestLedgerInput(null, c, null)), Named.as("service-request-contact-facts"));
        inputs.derived().requestLedgerBuilt(listener.storeNames());
        return build(builder, inputs, settings, Optional.of(contactFacts),
                new LedgerSupplier(settings, calendar, factory, vaults, listener), listener);
    }

    /**
     * The ledger for the aggregates alone (a topology without classification): status changes, surveys naming a
     * request and a complaint, and the RAISE_COMPLAINT {@code signals} naming a request.
     */
    public static void countingOnly(StreamsBuilder builder, InputStreams inputs, TopologySettings settings,
                                    Optional<KStream<String, Signal>> signals, RequestLedgerListener.Factory listener) {
        Optional<KStream<String, RequestLedgerInput>> links = signals.map(s -> s.flatMap((residentId, signal) -> {
            String requestId = RequestLedgerFacts.requestOf(signal);
            return signal.getAction() == SignalAction.RAISE_COMPLAINT && requestId != null
                    ? List.of(KeyValue.pair(requestId, new RequestLedgerInput(null, null, RequestLedgerFacts.link(signal))))
                    : List.<KeyValue<String, RequestLedgerInput>>of();
        }, Named.as("service-request-signal-links")));
        inputs.derived().requestLedgerBuilt(listener.storeNames());
        build(builder, inputs, settings, links, new LedgerSupplier(settings, null, null, null, listener), listener);
    }

    private static KStream<String, Signal> build(StreamsBuilder builder, InputStreams inputs, TopologySettings settings,
                                                 Optional<KStream<String, RequestLedgerInput>> others, LedgerSupplier supplier,
                                                 RequestLedgerListener.Factory listener) {
        listener.addStores(builder, inputs);
        KStream<String, RequestLedgerInput> rekeyed = inputs.surveys().flatMap((surveyId, s) ->
                s != null && s.getServiceRequestId() != null && s.getComplaintId() != null
                        ? List.of(KeyValue.pair(s.getServiceRequestId(),
                                new RequestLedgerInput(null, null, RequestLedgerFacts.link(s))))
                        : List.<KeyValue<String, RequestLedgerInput>>of(), Named.as("service-request-survey-links"));
        if (others.isPresent()) {
            rekeyed = others.get().merge(rekeyed, Named.as("service-request-merge-links"));
        }
        KStream<String, RequestLedgerInput> statusChanges = inputs.serviceRequests().mapValues(
                r -> new RequestLedgerInput(r, null, null), Named.as("service-request-status-facts"));
        return statusChanges
                .merge(rekeyed.repartition(Repartitioned.<String, RequestLedgerInput>as(FACTS_TOPIC)
                        .withKeySerde(Serdes.String()).withValueSerde(StateSerdes.REQUEST_LEDGER_INPUT)),
                        Named.as("service-request-merge-facts"))
                .process(supplier, Named.as(PROCESSOR), listener.storeNames().toArray(String[]::new));
    }

    /** Owns the ledger store, so the store cannot be wired without its processor. */
    private record LedgerSupplier(TopologySettings settings, WorkingDayCalendar calendar, Supplier<SignalFactory> factory,
                             Function<ProcessorContext<String, Signal>, TextVault> vaults, RequestLedgerListener.Factory listener)
            implements ProcessorSupplier<String, RequestLedgerInput, String, Signal> {

        @Override
        public Processor<String, RequestLedgerInput, String, Signal> get() {
            return new RequestLedgerProcessor(settings, calendar, factory == null ? null : factory.get(), vaults,
                    listener.create(settings));
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                    StateSerdes.SERVICE_REQUEST_LEDGER).withCachingEnabled());
        }
    }
}

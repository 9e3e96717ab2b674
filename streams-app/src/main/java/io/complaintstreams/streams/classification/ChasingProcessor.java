package io.complaintstreams.streams.classification;

import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Tenure;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.internal.JsonSerde;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Repeated chasing (keyed by requestId): the 3rd contact about the same open service request within 20 working
 * days is dissatisfaction even when each text is neutral, so it raises an OFFER_COMPLAINT signal keyed by
 * residentId. Its signalId {@code chasing:REQUEST:EVENT} is derived from the 3rd contact, so it is stable.
 */
final class ChasingProcessor extends ContextualProcessor<String, RequestFact, String, Signal> {
    private final TopologySettings settings;
    private final WorkingDayCalendar calendar;
    private KeyValueStore<String, RequestState> requests;

    ChasingProcessor(TopologySettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public void init(ProcessorContext<String, Signal> context) {
        super.init(context);
        requests = context.getStateStore(ClassificationPart.CHASING_STORE);
    }

    @Override
    public void process(Record<String, RequestFact> record) {
        String requestId = record.key();
        RequestFact fact = record.value();
        RequestState state = requests.get(requestId);
        if (state == null) {
            state = new RequestState();
        }
        if (fact.kind() == RequestFact.Kind.STATUS) {
            state.updateStatus(fact.status());
        } else if (!state.isClosed() && !state.hasContact(fact.eventId())) {
            LocalDate date = settings.dateOf(fact.occurredAt());
            // A chase whose own text already reads as dissatisfied has its own signal; a second would repeat it.
            if (state.countContact(fact.eventId(), date, calendar) && !fact.dissatisfied()) {
                Signal signal = chasingSignal(requestId, fact);
                context().forward(record.withKey(signal.getResidentId()).withValue(signal));
            }
        }
        requests.put(requestId, state);
    }

    private static Signal chasingSignal(String requestId, RequestFact contact) {
        return Signal.newBuilder()
                .setSignalId("chasing:" + requestId + ":" + contact.eventId())
                .setLandlordId(contact.landlordId())
                .setResidentId(contact.residentId())
                .setSource(SignalSource.contact)
                .setSourceId(contact.contactId())
                .setOccurredAt(contact.occurredAt())
                .setDissatisfied(true)
                .setThemes(contact.themes())
                .setAction(SignalAction.OFFER_COMPLAINT)
                .setConfidence(1.0)
                .setReasons(List.of("chasing: " + ordinal(RequestState.CHASING_CONTACTS)
                        + " contact about open service request " + requestId + " within "
                        + RequestState.CHASING_WINDOW_WORKING_DAYS + " working days"))
                .setServiceRequestId(requestId)
                .setTenure(contact.tenure() == null ? null : Tenure.valueOf(contact.tenure()))
                .build();
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    record SupplierOf(TopologySettings settings, WorkingDayCalendar calendar)
            implements ProcessorSupplier<String, RequestFact, String, Signal> {

        @Override
        public Processor<String, RequestFact, String, Signal> get() {
            return new ChasingProcessor(settings, calendar);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ClassificationPart.CHASING_STORE),
                    Serdes.String(), new JsonSerde<>(RequestState.class)));
        }
    }
}

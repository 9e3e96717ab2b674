package io.complaintstreams.streams.classification;

import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import complaintstreams.events.Survey;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.streams.privacy.ErasureRequests;
import io.complaintstreams.streams.privacy.PrivacySettings;
import java.util.List;
import io.complaintstreams.streams.privacy.ResidentKeysPart;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import complaintstreams.events.AlertResolution;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Classification (issue 6): contacts, service requests and surveys classified into {@code complaints.signals};
 * repeated chasing of an open service request as a signal of its own; POSSIBLE_UNLOGGED_COMPLAINT on
 * {@code complaints.alerts} when a complaint-worthy signal is not followed by a complaint. Names here are state
 * compatibility: never rename them.
 */
public final class ClassificationPart implements TopologyPart {
    public static final String CLASSIFY_CONTACTS = "signals-classify-contacts";
    public static final String CLASSIFY_SURVEYS = "signals-classify-surveys";
    /** Contacts that name no service request (those that do are de-duplicated in the service-request ledger). */
    public static final String SEEN_CONTACTS_STORE = "signals-seen-contacts";
    public static final String SEEN_SURVEYS_STORE = "signals-seen-surveys";
    public static final String RESIDENT_FACTS_TOPIC = "signals-resident-facts";
    public static final String UNLOGGED_PROCESSOR = "signals-unlogged";
    public static final String UNLOGGED_STORE = "signals-unlogged-residents";
    public static final String UNLOGGED_INDEX_STORE = "signals-unlogged-index";
    public static final String SIGNALS_SINK = "sink-signals";
    public static final String UNLOGGED_ALERTS_SINK = "sink-unlogged-alerts";
    public static final String ERASED_RESIDENT_FACTS = "signals-erased-resident-facts";
    /** Officers' grouped items (issue 12 item 3): residentId to {@code UnloggedItems}. */
    public static final String UNLOGGED_ITEMS_PROCESSOR = "officer-unlogged-items";
    public static final String UNLOGGED_ITEMS_STORE = "officer-unlogged-items";
    public static final String RESOLUTIONS_SOURCE = "officer-source-alert-resolutions";
    /** Officers' resolutions re-keyed by residentId (binary Avro AlertResolution). */
    public static final String RESOLUTION_FACTS_TOPIC = "officer-resolution-facts";

    private final Supplier<Classifier> classifier;
    private final WorkingDayCalendar calendar;
    private final PrivacySettings privacy;
    private final RequestLedgerListener.Factory requestLedgerListener;

    /** The production part: the project's trained classifier (trained once per JVM, on first use) and E&W days. */
    public ClassificationPart() {
        this(PrivacySettings.none());
    }

    /** The production part, opening sealed text with the key ring (README "Data protection"). */
    public ClassificationPart(PrivacySettings privacy) {
        this(Classifier::defaultModel, WorkingDayCalendar.englandAndWales(), privacy);
    }

    public ClassificationPart(Supplier<Classifier> classifier, WorkingDayCalendar calendar) {
        this(classifier, calendar, PrivacySettings.none());
    }

    public ClassificationPart(Supplier<Classifier> classifier, WorkingDayCalendar calendar, PrivacySettings privacy) {
        this(classifier, calendar, privacy, RequestLedgerListener.none());
    }

    /** With the aggregates reading the service-request ledger in its task ({@code AggregationPart.requestLedgerListener()}). */
    public ClassificationPart(Supplier<Classifier> classifier, WorkingDayCalendar calendar, PrivacySettings privacy,
                              RequestLedgerListener.Factory requestLedgerListener) {
        this.classifier = classifier;
        this.calendar = calendar;
        this.privacy = privacy;
        this.requestLedgerListener = requestLedgerListener;
    }

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        Supplier<SignalFactory> factory = () -> new SignalFactory(classifier.get(), settings.surveyDissatisfiedAtOrBelow());
        Function<ProcessorContext<String, Signal>, TextVault> vaults = context -> ResidentKeysPart.vault(context, settings, privacy);
        KStream<String, Contact> aboutRequests = inputs.contacts()
                .filter((contactId, c) -> c.getServiceRequestId() != null, Named.as("signals-contacts-about-requests"));
        KStream<String, Signal> contactSignals = inputs.contacts()
                .filterNot((contactId, c) -> c.getServiceRequestId() != null, Named.as("signals-contacts-without-request"))
                .process(new ClassifyProcessor.SupplierOf<Contact>(SEEN_CONTACTS_STORE, SourceRecord::of,
                        c -> SignalIds.of(c.getEventId(), Source.CONTACT.wire(), c.getContactId()), factory, vaults),
                        Named.as(CLASSIFY_CONTACTS));
        KStream<String, Signal> requestSignals = RequestLedgerTopology.classifying(builder, inputs, settings, aboutRequests,
                factory, vaults, calendar, requestLedgerListener);
        KStream<String, Signal> surveySignals = inputs.surveys().process(
                new ClassifyProcessor.SupplierOf<Survey>(SEEN_SURVEYS_STORE, SourceRecord::of,
                        s -> SignalIds.of(s.getEventId(), Source.SURVEY.wire(), s.getSurveyId()), factory, vaults),
                Named.as(CLASSIFY_SURVEYS));

        KStream<String, Signal> allSignals = contactSignals
                .merge(requestSignals, Named.as("signals-merge-requests"))
                .merge(surveySignals, Named.as("signals-merge-surveys"));
        inputs.derived().signals(allSignals);
        allSignals.to(settings.topics().signals.name(),
                Produced.with(Serdes.String(), EventSerdes.SIGNAL).withName(SIGNALS_SINK));

        unlogged(builder, inputs, allSignals, settings);
    }

    private void unlogged(StreamsBuilder builder, InputStreams inputs, KStream<String, Signal> allSignals,
                          TopologySettings settings) {
        KStream<String, ResidentFact> signalFacts = allSignals
                .filter((residentId, s) -> s.getAction() == SignalAction.RAISE_COMPLAINT
                        || s.getAction() == SignalAction.OFFER_COMPLAINT, Named.as("signals-complaint-worthy"))
                .mapValues(ResidentFact::signal, Named.as("signals-resident-signal-facts"));
        KStream<String, ResidentFact> receivedFacts = inputs.complaintEvents()
                .filter((complaintId, e) -> e.getType() == ComplaintEventType.RECEIVED, Named.as("signals-complaints-received"))
                .map((complaintId, e) -> KeyValue.pair(e.getResidentId(), ResidentFact.received(e)),
                        Named.as("signals-resident-received-facts"));
        KStream<String, ResidentFact> erasedFacts = ErasureRequests.stream(builder, inputs, settings)
                .flatMap((requestId, request) -> ErasureRequests.residentId(privacy, request)
                                .map(residentId -> List.of(KeyValue.pair(residentId, ResidentFact.erased(request.getMaskedId()))))
                                .orElse(List.of()),
                        Named.as(ERASED_RESIDENT_FACTS));
        KStream<String, ResidentFact> residentFacts = signalFacts.merge(receivedFacts, Named.as("signals-merge-resident-facts"))
                .merge(erasedFacts, Named.as("signals-merge-erased-resident-facts"))
                .repartition(Repartitioned.<String, ResidentFact>as(RESIDENT_FACTS_TOPIC)
                        .withKeySerde(Serdes.String()).withValueSerde(ResidentFactCodec.SERDE));
        KStream<String, UnloggedRaised> raised = residentFacts
                .process(new UnloggedProcessor.SupplierOf(settings, calendar), Named.as(UNLOGGED_PROCESSOR));
        raised.mapValues(UnloggedRaised::alert, Named.as("signals-unlogged-alert"))
                .to(settings.topics().alerts.name(),
                        Produced.<String, DeadlineAlert>with(Serdes.String(), EventSerdes.DEADLINE_ALERT)
                                .withName(UNLOGGED_ALERTS_SINK));
        unloggedItems(builder, residentFacts, raised, settings);
    }

    /**
     * Officers' items: the raised alerts, the complaints received and the residents erased (from the same repartition
     * topic) and the officers'
     * resolutions from {@code complaints.alert-resolutions}, re-keyed by the residentId the API put in them (a
     * resolution without one names no item and is only kept on the topic as a label).
     */
    private void unloggedItems(StreamsBuilder builder, KStream<String, ResidentFact> residentFacts,
                               KStream<String, UnloggedRaised> raised, TopologySettings settings) {
        var topic = settings.topics().alertResolutions;
        KStream<String, ItemFact> resolutions = builder.stream(topic.name(),
                        Consumed.with(topic.keySerde(), topic.valueSerde()).withName(RESOLUTIONS_SOURCE))
                .filter((alertId, r) -> r != null && r.getResidentId() != null, Named.as("officer-resolutions-with-resident"))
                .selectKey((alertId, r) -> r.getResidentId(), Named.as("officer-resolutions-by-resident"))
                .repartition(Repartitioned.<String, AlertResolution>as(RESOLUTION_FACTS_TOPIC)
                        .withKeySerde(Serdes.String()).withValueSerde(EventSerdes.ALERT_RESOLUTION))
                .mapValues(ItemFact::of, Named.as("officer-resolution-item-facts"));
        KStream<String, ItemFact> received = residentFacts
                .filter((residentId, f) -> f.kind() == ResidentFact.Kind.RECEIVED || f.kind() == ResidentFact.Kind.ERASED,
                        Named.as("officer-received-or-erased"))
                .mapValues(ItemFact::of, Named.as("officer-received-item-facts"));
        raised.mapValues(ItemFact::of, Named.as("officer-raised-item-facts"))
                .merge(received, Named.as("officer-merge-received"))
                .merge(resolutions, Named.as("officer-merge-resolutions"))
                .process(new UnloggedItemsProcessor.SupplierOf(settings), Named.as(UNLOGGED_ITEMS_PROCESSOR));
    }
}

package io.complaintstreams.streams.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.AlertKind;
import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import complaintstreams.state.UnloggedItem;
import complaintstreams.state.UnloggedItems;
import complaintstreams.events.Channel;
import complaintstreams.events.DeadlineAlert;
import io.complaintstreams.streams.classification.ClassificationPart;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.privacy.ErasureRequest;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologyParts;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The production topology with a master key: sealed text is classified through the key ring; an erasure masks the
 * resident id in every store and re-publishes the complaint's deadline state, while the counts stay the same; text
 * whose key was erased, or whose month is past retention, is classified as text-less.
 */
class ErasureTopologyTest {
    private static final Topics TOPICS = TestDrivers.TOPICS;
    private static final String RESIDENT = "R-ERASE-1";
    private static final String OTHER = "R-KEEP-2";
    private static final String DISSATISFIED = "Still waiting for the living room window to be fixed. Reported in August. "
            + "It's now nearly Christmas and there's a draught coming through the gap.";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");

    private final MasterKey master = MasterKey.generate();
    private final TextSealer sealer = new TextSealer(new DataKeys(master));
    private final Topology topology = ComplaintTopology.build(TopologySettings.defaults(TOPICS),
            TopologyParts.all(PrivacySettings.of(master, TextRetention.parse("P6Y"))));
    private final TopologyTestDriver driver = TestDrivers.driver(topology);
    private final TestInputTopic<String, ResidentKey> keys = input(TOPICS.residentKeys);
    private final TestInputTopic<String, Contact> contacts = input(TOPICS.contacts);
    private final TestInputTopic<String, ComplaintEvent> complaints = input(TOPICS.complaintEvents);
    private final TestInputTopic<String, ErasureRequest> erasures = input(TOPICS.erasureRequests);
    private final TestOutputTopic<String, Signal> signals = output(TOPICS.signals);
    private final TestOutputTopic<String, DeadlineState> deadlines = output(TOPICS.deadlines);
    private final TestOutputTopic<String, DeadlineAlert> alerts = output(TOPICS.alerts);

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void shouldClassifySealedTextThroughTheKeyRing() {
        sendSealed(contact("e1", RESIDENT, MARCH, DISSATISFIED));
        List<Signal> out = signals.readValuesToList();
        assertEquals(1, out.size());
        assertEquals(SignalAction.OFFER_COMPLAINT, out.get(0).getAction());
    }

    @Test
    void shouldMaskTheResidentEverywhereAndKeepTheCountsWhenErased() {
        complaint("c1", RESIDENT, ComplaintEventType.RECEIVED, MARCH);
        complaint("c2", OTHER, ComplaintEventType.RECEIVED, MARCH);
        complaint("c1", RESIDENT, ComplaintEventType.ACKNOWLEDGED, MARCH.plusSeconds(86_400));
        deadlines.readKeyValuesToList();
        // a complaint-worthy contact a week after the complaint: pending in the unlogged-complaint check
        sendSealed(contact("e-later", RESIDENT, MARCH.plusSeconds(7 * 86_400), DISSATISFIED));
        Map<String, String> countsBefore = counts();
        assertEquals(Set.of(DeadlineClockPart.LEDGER_STORE, ClassificationPart.UNLOGGED_STORE, ClassificationPart.UNLOGGED_INDEX_STORE),
                storesMentioning(RESIDENT), "the stores that hold the id before erasure");

        erasures.pipeInput("req-1", request("req-1", RESIDENT, "erased-00ff00ff00ff00ff"), MARCH.plusSeconds(90_000));

        List<KeyValue<String, DeadlineState>> republished = deadlines.readKeyValuesToList();
        assertEquals(1, republished.size());
        assertEquals("c1", republished.get(0).key);
        assertEquals("erased-00ff00ff00ff00ff", republished.get(0).value.getResidentId());
        assertFalse(storesMention(RESIDENT), "no store holds the erased id");
        assertTrue(storesMention(OTHER), "other residents are untouched");
        assertEquals(countsBefore, counts(), "monthly figures unchanged");

        assertTrue(alerts.readValuesToList().stream().noneMatch(a -> a.getKind() == AlertKind.POSSIBLE_UNLOGGED_COMPLAINT));
        driver.advanceWallClockTime(java.time.Duration.ofDays(40));
        complaint("c3", OTHER, ComplaintEventType.RECEIVED, MARCH.plusSeconds(40 * 86_400));
        List<KeyValue<String, DeadlineAlert>> unlogged = alerts.readKeyValuesToList().stream()
                .filter(a -> a.value.getKind() == AlertKind.POSSIBLE_UNLOGGED_COMPLAINT).toList();
        assertEquals(1, unlogged.size(), "the pending unlogged-complaint alert still goes once: " + unlogged);
        assertEquals("erased-00ff00ff00ff00ff", unlogged.get(0).key, "naming the mask");
        assertEquals("erased-00ff00ff00ff00ff", unlogged.get(0).value.getResidentId());
        assertFalse(storesMention(RESIDENT), "no store holds the erased id after the alert");

        complaint("c1", RESIDENT, ComplaintEventType.RESPONDED, MARCH.plusSeconds(200_000));
        List<DeadlineState> later = deadlines.readValuesToList();
        assertEquals("erased-00ff00ff00ff00ff", later.get(later.size() - 1).getResidentId(), "a later event keeps the mask");
    }

    @Test
    void shouldKeepAnOfficersNoteSealedInTheItemsStoreAndDropItOnErasure() {
        sendSealed(contact("e-item", RESIDENT, MARCH, DISSATISFIED));
        driver.advanceWallClockTime(java.time.Duration.ofDays(40));
        KeyValueStore<String, UnloggedItems> items = driver.getKeyValueStore(ClassificationPart.UNLOGGED_ITEMS_STORE);
        assertNotNull(items.get(RESIDENT), "an item was opened for the resident");
        String itemId = items.get(RESIDENT).getItems().get(0).getItemId();
        Instant resolvedAt = MARCH.plusSeconds(41 * 86_400);
        AlertResolution resolution = AlertResolution.newBuilder().setResolutionId("res-1").setAlertId(itemId).setItemId(itemId)
                .setResolution(AlertResolutionKind.OFFERED_DECLINED).setBy("officer 7").setNote("Mrs Jones declined on the phone")
                .setResolvedAt(resolvedAt).setResidentId(RESIDENT).setLandlordId("L1").build();
        TextSealer.Batch batch = sealer.batch();
        AlertResolution sealed = (AlertResolution) batch.seal(resolution);
        batch.newKeys().forEach(k -> keys.pipeInput(k.getKeyId(), k, resolvedAt));
        input(TOPICS.alertResolutions).pipeInput(new TestRecord<>(itemId, sealed, resolvedAt));

        UnloggedItem closed = items.get(RESIDENT).getItems().get(0);
        assertFalse(closed.getOpen());
        assertEquals(null, closed.getResolutionNote(), "no note in clear in the store");
        assertEquals(sealed.getNoteSealed(), closed.getResolutionNoteSealed());
        assertFalse(String.valueOf(items.get(RESIDENT)).contains("Jones"));

        erasures.pipeInput("req-2", request("req-2", RESIDENT, "erased-0a0a0a0a0a0a0a0a"), resolvedAt.plusSeconds(60));
        UnloggedItem masked = items.get("erased-0a0a0a0a0a0a0a0a").getItems().get(0);
        assertEquals(null, masked.getResolutionNoteSealed(), "the sealed note does not follow the item to the mask");
        assertTrue(masked.getResolutionNoteErased(), "the item says its note was erased");
        assertEquals("officer 7", masked.getResolvedBy());
    }

    @Test
    void shouldTakeTextAsAbsentOnceItsKeyIsErased() {
        List<ResidentKey> published = sendSealed(contact("e1", RESIDENT, MARCH, DISSATISFIED));
        assertEquals(1, signals.readValuesToList().size());
        for (ResidentKey k : published) {
            keys.pipeInput(k.getKeyId(), null, MARCH);
        }
        keys.pipeInput(KeyIds.erasedMarker(master.residentRef(RESIDENT)), marker(RESIDENT), MARCH);
        Contact replayed = (Contact) sealer.batch().seal(contact("e2", RESIDENT, MARCH, DISSATISFIED));
        // Sealed under a key that never reaches the ring (as a record from before the erasure would be).
        contacts.pipeInput(new TestRecord<>(replayed.getContactId(), replayed, MARCH));
        assertTrue(signals.readValuesToList().isEmpty(), "a contact whose text is unreadable gives no signal");
    }

    @Test
    void shouldTakeTextPastRetentionAsAbsent() {
        sendSealed(contact("old", OTHER, Instant.parse("2018-06-01T10:00:00Z"), DISSATISFIED));
        assertTrue(signals.readValuesToList().isEmpty());
    }

    private List<ResidentKey> sendSealed(Contact c) {
        TextSealer.Batch batch = sealer.batch();
        Contact sealed = (Contact) batch.seal(c);
        List<ResidentKey> newKeys = batch.newKeys();
        newKeys.forEach(k -> keys.pipeInput(k.getKeyId(), k, c.getOccurredAt()));
        batch.committed();
        contacts.pipeInput(new TestRecord<>(sealed.getContactId(), sealed, sealed.getOccurredAt()));
        return newKeys;
    }

    private ResidentKey marker(String residentId) {
        String ref = master.residentRef(residentId);
        return ResidentKey.newBuilder().setKeyId(KeyIds.erasedMarker(ref)).setResidentRef(ref).setPeriod(KeyIds.ERASED)
                .setWrappedKey(ByteBuffer.allocate(0)).setMasterKeyId(master.id()).setCreatedAt(MARCH).build();
    }

    private ErasureRequest request(String id, String residentId, String maskedId) {
        return ErasureRequest.newBuilder().setRequestId(id).setSealedResidentId(ByteBuffer.wrap(master.sealResidentId(residentId, id)))
                .setMaskedId(maskedId).setRequestedAt(MARCH).build();
    }

    private void complaint(String complaintId, String residentId, ComplaintEventType type, Instant at) {
        ComplaintEvent e = ComplaintEvent.newBuilder().setEventId(complaintId + type).setComplaintId(complaintId).setLandlordId("L1")
                .setResidentId(residentId).setType(type).setStage(1).setOccurredAt(at).build();
        complaints.pipeInput(new TestRecord<>(complaintId, e, at));
    }

    private static Contact contact(String eventId, String residentId, Instant at, String text) {
        return Contact.newBuilder().setEventId(eventId).setContactId("C-" + eventId).setLandlordId("L1").setResidentId(residentId)
                .setChannel(Channel.phone).setOccurredAt(at).setText(text).build();
    }

    /** Every store of the topology (enumerated from its description, global ones included) scanned for the id. */
    private boolean storesMention(String residentId) {
        return !storesMentioning(residentId).isEmpty();
    }

    private Set<String> storesMentioning(String residentId) {
        Set<String> out = new TreeSet<>();
        for (String name : PersonalDataInventory.storesOf(topology.describe())) {
            StateStore store = driver.getAllStateStores().get(name);
            assertNotNull(store, name);
            try (KeyValueIterator<?, ?> it = store instanceof ReadOnlyWindowStore<?, ?> w ? w.all() : ((ReadOnlyKeyValueStore<?, ?>) store).all()) {
                while (it.hasNext()) {
                    var kv = it.next();
                    if (render(kv.key).contains(residentId) || render(kv.value).contains(residentId)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    private static String render(Object o) {
        if (o == null || o instanceof SpecificRecord || o instanceof CharSequence || o instanceof Windowed<?>) {
            return String.valueOf(o);
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> counts() {
        Map<String, String> out = new TreeMap<>();
        for (String store : List.of(AggregationPart.MONTHLY_STORE, AggregationPart.WEEKLY_STORE)) {
            KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
            try (KeyValueIterator<String, Object> it = s.all()) {
                it.forEachRemaining(kv -> out.put(store + "/" + kv.key, String.valueOf(kv.value)));
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private <V extends SpecificRecord> TestInputTopic<String, V> input(Topic<V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <V extends SpecificRecord> TestOutputTopic<String, V> output(Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

}

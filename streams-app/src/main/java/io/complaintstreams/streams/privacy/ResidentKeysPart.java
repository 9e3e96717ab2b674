package io.complaintstreams.streams.privacy;

import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.TopologySettings;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The key ring: {@code complaints.resident-keys} as a global store on every instance (classification needs any
 * resident's key on any task; the topic is keyed by key id, the input topics by record id). A tombstone on the
 * topic deletes the key from the store, so text sealed under it can no longer be opened here. Names here are state
 * compatibility: never rename them.
 */
public final class ResidentKeysPart implements TopologyPart {
    public static final String KEYS_SOURCE = "privacy-resident-keys";
    public static final String KEYS_STORE = "privacy-resident-keys-store";

    @Override
    public void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(KEYS_STORE), Serdes.String(), EventSerdes.RESIDENT_KEY)
                        .withLoggingDisabled(),
                settings.topics().residentKeys.name(),
                Consumed.with(Serdes.String(), EventSerdes.RESIDENT_KEY).withName(KEYS_SOURCE),
                () -> new ContextualProcessor<String, ResidentKey, Void, Void>() {
                    private KeyValueStore<String, ResidentKey> store;

                    @Override
                    public void init(org.apache.kafka.streams.processor.api.ProcessorContext<Void, Void> context) {
                        super.init(context);
                        store = context.getStateStore(KEYS_STORE);
                    }

                    @Override
                    public void process(Record<String, ResidentKey> record) {
                        if (record.value() == null) {
                            store.delete(record.key());
                        } else {
                            store.put(record.key(), record.value());
                        }
                    }
                });
    }

    /**
     * The vault a processor opens sealed text with: the key ring when this part is in the topology and a master key
     * is configured, else a vault that opens nothing. Retention is judged on the wall clock's date.
     */
    public static TextVault vault(ProcessingContext context, TopologySettings settings, PrivacySettings privacy) {
        if (privacy.masterKey().isEmpty()) {
            return TextVault.none();
        }
        KeyValueStore<String, ResidentKey> store;
        try {
            store = context.getStateStore(KEYS_STORE);
        } catch (RuntimeException e) {
            return TextVault.none();
        }
        if (store == null) {
            return TextVault.none();
        }
        return new KeyRingVault(privacy.masterKey().get(), store::get, privacy.retention(),
                () -> settings.dateOf(context.currentSystemTimeMs()), privacy.keyWait());
    }
}

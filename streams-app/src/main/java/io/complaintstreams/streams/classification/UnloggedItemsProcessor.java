package io.complaintstreams.streams.classification;

import complaintstreams.state.UnloggedItems;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.TopologySettings;
import java.time.Instant;
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
 * The officers' grouped possible-unlogged-complaint items (keyed by residentId; store
 * {@value ClassificationPart#UNLOGGED_ITEMS_STORE}, binary Avro {@code UnloggedItems}): each raised alert is added as
 * evidence, a complaint RECEIVED or an officer's resolution closes items ({@link UnloggedItemBook}). It sits in the
 * unlogged check's task, so an alert and the item it joins commit together. It outputs nothing: the API reads the
 * store.
 */
final class UnloggedItemsProcessor extends ContextualProcessor<String, ItemFact, Void, Void> {
    private final TopologySettings settings;
    private KeyValueStore<String, UnloggedItems> books;

    UnloggedItemsProcessor(TopologySettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        books = context.getStateStore(ClassificationPart.UNLOGGED_ITEMS_STORE);
    }

    @Override
    public void process(Record<String, ItemFact> record) {
        String residentId = record.key();
        if (residentId == null) {
            return;
        }
        UnloggedItems book = books.get(residentId);
        boolean changed = false;
        if (book == null) {
            book = UnloggedItemBook.empty(residentId);
        }
        ItemFact fact = record.value();
        if (fact.received() != null && fact.received().kind() == ResidentFact.Kind.ERASED) {
            erase(residentId, book, fact.received().id());
            return;
        }
        if (fact.raised() != null) {
            changed = UnloggedItemBook.addEvidence(book, fact.raised().alert(), fact.raised().pending());
        } else if (fact.received() != null) {
            changed = UnloggedItemBook.closeForComplaint(book, fact.received().id(),
                    settings.dateOf(fact.received().occurredAt()), fact.received().occurredAt());
        } else if (fact.resolution() != null) {
            changed = UnloggedItemBook.resolve(book, fact.resolution()).isPresent();
        }
        changed |= UnloggedItemBook.forgetOldClosed(book, Instant.ofEpochMilli(record.timestamp()));
        if (!changed) {
            return;
        }
        if (book.getItems().isEmpty()) {
            books.delete(residentId);
        } else {
            books.put(residentId, book);
        }
    }

    /** The resident is erased: their items move to the mask, without the officers' notes (free text). */
    private void erase(String residentId, UnloggedItems book, String maskedId) {
        if (book.getItems().isEmpty()) {
            return;
        }
        UnloggedItems masked = books.get(maskedId);
        if (masked == null) {
            masked = UnloggedItemBook.empty(maskedId);
        }
        UnloggedItemBook.absorb(masked, book);
        books.delete(residentId);
        books.put(maskedId, masked);
    }

    record SupplierOf(TopologySettings settings) implements ProcessorSupplier<String, ItemFact, Void, Void> {
        @Override
        public Processor<String, ItemFact, Void, Void> get() {
            return new UnloggedItemsProcessor(settings);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ClassificationPart.UNLOGGED_ITEMS_STORE),
                    Serdes.String(), StateSerdes.UNLOGGED_ITEMS).withCachingEnabled());
        }
    }
}

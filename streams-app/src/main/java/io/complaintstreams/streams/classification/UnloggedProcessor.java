package io.complaintstreams.streams.classification;

import complaintstreams.events.AlertKind;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.internal.DateIndex;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import io.complaintstreams.streams.privacy.PersonalDataInventory;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Possible unlogged complaints (keyed by residentId): a RAISE_COMPLAINT or OFFER_COMPLAINT signal with no
 * complaint RECEIVED for the resident from the signal's date up to {@code unloggedAfterWorkingDays} working days
 * after it raises POSSIBLE_UNLOGGED_COMPLAINT once, on the first punctuation after that date. An erased resident's
 * state and index entries move to the erasure's mask (README "Data protection", "Erasure"): a pending alert still
 * goes, naming the mask; the resident id is left in neither store.
 */
final class UnloggedProcessor extends ContextualProcessor<String, ResidentFact, String, UnloggedRaised> {
    private final TopologySettings settings;
    private final WorkingDayCalendar calendar;
    private KeyValueStore<String, ResidentState> residents;
    private DateIndex index;
    /**
     * Stream-time mode: the date of the last look at the index, and whether an entry due before it has been indexed
     * since (a late signal): until either changes, the index holds nothing due, so the punctuation, which Kafka
     * Streams runs after almost every record, does not read it.
     */
    private LocalDate lastChecked;
    private boolean dueBeforeLastCheck;

    UnloggedProcessor(TopologySettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public void init(ProcessorContext<String, UnloggedRaised> context) {
        super.init(context);
        residents = context.getStateStore(ClassificationPart.UNLOGGED_STORE);
        index = new DateIndex(context.getStateStore(ClassificationPart.UNLOGGED_INDEX_STORE));
        context.schedule(settings.punctuationInterval(), settings.clock().punctuationType(), this::alertOverdue);
    }

    @Override
    public void process(Record<String, ResidentFact> record) {
        String residentId = record.key();
        ResidentFact fact = record.value();
        if (fact.kind() == ResidentFact.Kind.ERASED) {
            erase(residentId, fact.id());
            return;
        }
        ResidentState state = residents.get(residentId);
        if (state == null) {
            state = new ResidentState();
        }
        LocalDate date = settings.dateOf(fact.occurredAt());
        if (fact.kind() == ResidentFact.Kind.SIGNAL) {
            addSignal(residentId, state, fact, date);
        } else {
            state.receivedDates.add(date);
            for (ResidentState.Pending p : state.resolvedBy(date)) {
                index.remove(p.indexKey());
                state.settle(p);
            }
        }
        state.forgetOlderThan(date);
        save(residentId, state);
    }

    private void erase(String residentId, String maskedId) {
        ResidentState state = residents.get(residentId);
        if (state == null) {
            return;
        }
        state.pending.values().forEach(p -> index.remove(p.indexKey()));
        state.reindex(p -> DateIndex.key(p.dueOn(), maskedId, p.signalId()));
        state.pending.values().forEach(p -> indexAt(p.indexKey(), p.dueOn(), maskedId));
        ResidentState existing = residents.get(maskedId);
        if (existing != null) {
            state.absorb(existing);
        }
        residents.delete(residentId);
        save(maskedId, state);
    }

    private void addSignal(String residentId, ResidentState state, ResidentFact fact, LocalDate date) {
        if (state.knows(fact.id())) {
            return;
        }
        LocalDate dueOn = calendar.plusWorkingDays(date, settings.unloggedAfterWorkingDays());
        String indexKey = DateIndex.key(dueOn, residentId, fact.id());
        var pending = new ResidentState.Pending(fact.id(), fact.landlordId(), date, dueOn, fact.source(),
                fact.sourceId(), fact.action(), indexKey, fact.themes(), fact.confidence());
        if (state.receivedBetween(date, dueOn)) {
            state.settle(pending);
        } else {
            state.pending.put(fact.id(), pending);
            indexAt(indexKey, dueOn, residentId);
        }
    }

    private void indexAt(String indexKey, LocalDate dueOn, String residentId) {
        index.put(indexKey, residentId);
        if (lastChecked != null && dueOn.isBefore(lastChecked)) {
            dueBeforeLastCheck = true;
        }
    }

    private void alertOverdue(long timestampMs) {
        LocalDate today = settings.dateOf(timestampMs);
        if (settings.clock() == ClockMode.EVENT && today.equals(lastChecked) && !dueBeforeLastCheck) {
            return; // nothing indexed since the last look is due before today
        }
        lastChecked = today;
        dueBeforeLastCheck = false;
        for (KeyValue<String, String> due : index.dueBefore(today)) {
            String residentId = due.value;
            ResidentState state = residents.get(residentId);
            ResidentState.Pending p = state == null ? null : state.pending.values().stream()
                    .filter(candidate -> due.key.equals(candidate.indexKey())).findFirst().orElse(null);
            index.remove(due.key);
            if (p == null) {
                continue;
            }
            state.settle(p);
            save(residentId, state);
            var headers = new RecordHeaders();
            headers.add(Topics.ALERT_KIND_HEADER, AlertKind.POSSIBLE_UNLOGGED_COMPLAINT.name().getBytes(StandardCharsets.UTF_8));
            context().forward(new Record<>(residentId,
                    new UnloggedRaised(UnloggedAlerts.alert(residentId, p, settings, timestampMs), p), timestampMs, headers));
        }
    }

    private void save(String residentId, ResidentState state) {
        if (state.isEmpty()) {
            residents.delete(residentId);
        } else {
            residents.put(residentId, state);
        }
    }


    record SupplierOf(TopologySettings settings, WorkingDayCalendar calendar)
            implements ProcessorSupplier<String, ResidentFact, String, UnloggedRaised> {

        @Override
        public Processor<String, ResidentFact, String, UnloggedRaised> get() {
            return new UnloggedProcessor(settings, calendar);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ClassificationPart.UNLOGGED_STORE),
                            Serdes.String(), ResidentStateCodec.SERDE)
                            .withLoggingEnabled(PersonalDataInventory.MASKED_CHANGELOG_CONFIG),
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ClassificationPart.UNLOGGED_INDEX_STORE),
                            Serdes.String(), Serdes.String())
                            .withLoggingEnabled(PersonalDataInventory.MASKED_CHANGELOG_CONFIG));
        }
    }
}

package io.complaintstreams.streams.aggregation;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactValidator;
import io.complaintstreams.streams.ComplaintFacts;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by complaintId: keeps the complaint's facts, recomputes its contributions on every new fact and forwards
 * only the change, keyed by aggregate ({@code period|landlordId}). A repeated eventId changes nothing; a late or
 * corrective fact moves counts between months or between on time and late. Facts the deadline clock rejects
 * (and dead-letters) are ignored here, so they are not dead-lettered twice.
 */
final class ComplaintContributionProcessor extends ContextualProcessor<String, ComplaintEvent, String, CounterDelta> {
    private final ComplaintContributions rules;
    private KeyValueStore<String, ComplaintEntry> store;

    ComplaintContributionProcessor(ComplaintContributions rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, CounterDelta> context) {
        super.init(context);
        store = context.getStateStore(AggregationPart.COMPLAINTS_STORE);
    }

    @Override
    public void process(Record<String, ComplaintEvent> record) {
        ComplaintEvent event = record.value();
        if (event == null) {
            return;
        }
        ComplaintEntry entry = store.get(event.getComplaintId());
        entry = entry == null ? ComplaintEntry.empty() : entry;
        ComplaintFact fact = ComplaintFacts.of(event);
        if (entry.has(event.getEventId()) || FactValidator.rejectReason(entry.facts(), fact).isPresent()) {
            return;
        }
        List<ComplaintFact> facts = new ArrayList<>(entry.facts());
        facts.add(fact);
        var contributions = rules.of(facts).toMap();
        Deltas.forward(context(), record.timestamp(), entry.contributions(), contributions);
        store.put(event.getComplaintId(), new ComplaintEntry(facts, contributions));
    }

}

package io.complaintstreams.streams.aggregation;

import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.streams.deadline.LedgerListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * A complaint's share of the period counters, worked out in the ledger's task from the ledger's one evaluation of
 * each new fact: the contributions are kept in the ledger ({@code contributions}) and only their change is added to
 * this task's partial sums. So a late fact lands in its own period, a repeat (same eventId, dropped by the ledger)
 * counts once, and a correction moves counts.
 */
final class ComplaintLedgerAggregates implements LedgerListener {
    private final ComplaintContributions rules;
    private PeriodStores periods;

    ComplaintLedgerAggregates(WorkingDayCalendar calendar) {
        this.rules = new ComplaintContributions(calendar);
    }

    @Override
    public Set<String> storeNames() {
        return Set.of(AggregationPart.MONTHLY_STORE, AggregationPart.WEEKLY_STORE);
    }

    @Override
    public void init(ProcessorContext<?, ?> context) {
        periods = PeriodStores.of(context);
    }

    @Override
    public void onNewFact(ComplaintLedger ledger, ComplaintView view, List<ComplaintFact> facts, long timestampMs) {
        Map<String, Map<String, Long>> now = rules.of(view, facts).toMap();
        ledger.setContributions(periods.replace(ledger.getContributions(), now));
    }

    @Override
    public void onRemoved(ComplaintLedger ledger, long timestampMs) {
        periods.applyChange(CounterSets.toMapAll(ledger.getContributions()), Map.of());
        ledger.setContributions(Map.of());
    }

    record Factory(WorkingDayCalendar calendar) implements LedgerListener.Factory {
        @Override
        public LedgerListener create() {
            return new ComplaintLedgerAggregates(calendar);
        }
    }
}

package io.complaintstreams.streams.aggregation;

import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.classification.RequestLedgerListener;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * A service request's share of the period counters, worked out in the service-request ledger's task from its facts:
 * the contributions are kept in the ledger entry ({@code contributions}) and only their change is added to this task's
 * partial sums. So a late event lands in its own period, a repeat (same eventId, dropped by the ledger) counts once.
 */
final class RequestLedgerAggregates implements RequestLedgerListener {
    private final RequestContributions rules;
    private PeriodStores periods;

    RequestLedgerAggregates(TopologySettings settings) {
        this.rules = new RequestContributions(settings.zone());
    }

    @Override
    public void init(ProcessorContext<?, ?> context) {
        periods = PeriodStores.of(context);
    }

    @Override
    public void onNewFact(ServiceRequestLedger ledger) {
        Map<String, Map<String, Long>> now = rules.of(ledger.getFacts()).toMap();
        ledger.setContributions(periods.replace(ledger.getContributions(), now));
    }

    record Factory() implements RequestLedgerListener.Factory {
        @Override
        public RequestLedgerListener create(TopologySettings settings) {
            return new RequestLedgerAggregates(settings);
        }

        @Override
        public Set<String> storeNames() {
            return Set.of(AggregationPart.MONTHLY_STORE, AggregationPart.WEEKLY_STORE);
        }

        @Override
        public void addStores(StreamsBuilder builder, InputStreams inputs) {
            AggregationPart.addPeriodStores(builder, inputs);
        }
    }
}

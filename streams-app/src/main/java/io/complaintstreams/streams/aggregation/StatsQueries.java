package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * A {@link StatsQuery} over this instance's aggregate stores. Throws {@link InvalidStateStoreException} while the
 * stores are not queryable (starting, rebalancing, restoring): answer 503. On a single instance the local stores
 * hold every landlord; each store holds one partial sum per local task, which the query adds up. Values may include
 * effects of a transaction that later aborts (read-uncommitted).
 */
public final class StatsQueries {
    private StatsQueries() {}

    public static StatsQuery local(KafkaStreams streams) {
        return new StatsQuery(
                streams.store(StoreQueryParameters.fromNameAndType(AggregationPart.MONTHLY_STORE, QueryableStoreTypes.<String, CounterSet>keyValueStore())),
                streams.store(StoreQueryParameters.fromNameAndType(AggregationPart.WEEKLY_STORE, QueryableStoreTypes.<String, CounterSet>keyValueStore())));
    }
}

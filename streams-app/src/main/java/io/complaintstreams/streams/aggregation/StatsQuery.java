package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the monthly and weekly aggregate stores, which hold one partial sum per task: for one landlord (a range
 * over each period's one key, which meets every task's share) or summed over every landlord (one range read over
 * {@code from|..to}}). Every period in the range is present, zero-filled. Over Kafka Streams' interactive-query
 * store (every local task) this adds up the local shares; other instances' shares are added by the caller.
 */
public final class StatsQuery {
    public static final int MAX_MONTHS = 120;
    public static final int MAX_WEEKS = 530;
    private final ReadOnlyKeyValueStore<String, CounterSet> monthly;
    private final ReadOnlyKeyValueStore<String, CounterSet> weekly;

    public StatsQuery(ReadOnlyKeyValueStore<String, CounterSet> monthly, ReadOnlyKeyValueStore<String, CounterSet> weekly) {
        this.monthly = monthly;
        this.weekly = weekly;
    }

    /** A query over no shares: every period present and zero (the start of a sum over partitions). */
    public static StatsQuery empty() {
        return new StatsQuery(NoCounters.INSTANCE, NoCounters.INSTANCE);
    }

    /** A store that holds nothing. */
    private enum NoCounters implements ReadOnlyKeyValueStore<String, CounterSet> {
        INSTANCE;

        @Override
        public CounterSet get(String key) {
            return null;
        }

        @Override
        public KeyValueIterator<String, CounterSet> range(String from, String to) {
            return all();
        }

        @Override
        public KeyValueIterator<String, CounterSet> all() {
            return new KeyValueIterator<>() {
                @Override
                public void close() {}

                @Override
                public String peekNextKey() {
                    throw new java.util.NoSuchElementException();
                }

                @Override
                public boolean hasNext() {
                    return false;
                }

                @Override
                public KeyValue<String, CounterSet> next() {
                    throw new java.util.NoSuchElementException();
                }
            };
        }

        @Override
        public long approximateNumEntries() {
            return 0;
        }
    }

    /** Months {@code YYYY-MM} from..to inclusive; landlordId null or blank for all landlords. */
    public StatsReport monthly(String from, String to, String landlordId) {
        YearMonth first = parse("from", from, Periods::parseMonth);
        YearMonth last = parse("to", to, Periods::parseMonth);
        List<String> periods = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            periods.add(m.toString());
            check(periods.size(), MAX_MONTHS);
        }
        return report("month", monthly, from, to, landlordId, periods);
    }

    /** ISO weeks {@code YYYY-Www} from..to inclusive; landlordId null or blank for all landlords. */
    public StatsReport weekly(String from, String to, String landlordId) {
        LocalDate first = parse("from", from, Periods::parseWeek);
        LocalDate last = parse("to", to, Periods::parseWeek);
        List<String> periods = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            periods.add(Periods.week(w));
            check(periods.size(), MAX_WEEKS);
        }
        return report("week", weekly, from, to, landlordId, periods);
    }

    private StatsReport report(String unit, ReadOnlyKeyValueStore<String, CounterSet> store, String from, String to,
                               String landlordId, List<String> periods) {
        if (periods.isEmpty()) {
            throw new BadStatsParameterException("to", "must not be before from");
        }
        boolean one = landlordId != null && !landlordId.isBlank();
        Map<String, Map<String, Long>> sums = one ? readOne(store, periods, landlordId) : readAll(store, periods);
        List<PeriodStats> stats = periods.stream().map(p -> PeriodStats.of(p, sums.getOrDefault(p, Map.of()))).toList();
        return new StatsReport(unit, from, to, one ? landlordId : null, stats);
    }

    private static Map<String, Map<String, Long>> readOne(ReadOnlyKeyValueStore<String, CounterSet> store, List<String> periods,
                                                          String landlordId) {
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (String period : periods) {
            String key = Periods.key(period, landlordId);
            try (KeyValueIterator<String, CounterSet> it = store.range(key, key)) {
                while (it.hasNext()) {
                    Map<String, Long> sum = sums.computeIfAbsent(period, p -> new HashMap<>());
                    CounterSets.toMap(it.next().value).forEach((name, v) -> sum.merge(name, v, Long::sum));
                }
            }
        }
        return sums;
    }

    private static Map<String, Map<String, Long>> readAll(ReadOnlyKeyValueStore<String, CounterSet> store, List<String> periods) {
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        try (KeyValueIterator<String, CounterSet> it = store.range(Periods.rangeFrom(periods.get(0)),
                Periods.rangeTo(periods.get(periods.size() - 1)))) {
            while (it.hasNext()) {
                KeyValue<String, CounterSet> kv = it.next();
                Map<String, Long> sum = sums.computeIfAbsent(Periods.periodOf(kv.key), p -> new HashMap<>());
                CounterSets.toMap(kv.value).forEach((name, v) -> sum.merge(name, v, Long::sum));
            }
        }
        return sums;
    }

    private static void check(int size, int max) {
        if (size > max) {
            throw new BadStatsParameterException("to", "at most " + max + " periods per query");
        }
    }

    private static <T> T parse(String parameter, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadStatsParameterException(parameter, e.getMessage());
        }
    }
}

package io.complaintstreams.metrics;

import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the trend-board gauges show, computed from a set of {@link DeadlineState}s as of one date: a pure function,
 * so it is tested without a broker. A DeadlineState describes the complaint's <em>current</em> stage only, so a
 * complaint escalated to stage 2 no longer counts in stage 1's received or on-time figures.
 */
public record ComplaintSnapshot(Map<Key, Long> open, Map<Integer, Long> receivedThisMonth,
                                Map<Key, Long> receivedThisMonthByTheme, Map<RateKey, Rate> onTime,
                                long total, long oldestOverdueDays) {
    public static final List<DeadlineStatus> OPEN_STATUSES =
            List.of(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);
    public static final List<Integer> STAGES = List.of(1, 2);
    public static final List<String> THEMES = List.of("repairs", "damp_mould", "heating_hot_water", "communication",
            "rent_charges", "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance", "none");
    public static final List<String> MEASURES = List.of("acknowledgement", "response");
    public static final List<String> PERIODS = List.of("month", "financial_year");

    /** A label pair: (status or theme, stage). */
    public record Key(String label, int stage) {}

    public record RateKey(String measure, int stage, String period) {}

    /** onTime out of decided; the ratio is NaN when nothing was decided. */
    public record Rate(long onTime, long decided) {
        public double ratio() {
            return decided == 0 ? Double.NaN : (double) onTime / decided;
        }
    }

    public static ComplaintSnapshot of(Iterable<DeadlineState> states, LocalDate today) {
        Map<Key, Long> open = new HashMap<>();
        Map<Integer, Long> received = new HashMap<>();
        Map<Key, Long> receivedByTheme = new HashMap<>();
        Map<RateKey, long[]> rates = new HashMap<>();
        YearMonth month = YearMonth.from(today);
        LocalDate fyStart = financialYearStart(today);
        long total = 0;
        long oldestOverdueDays = 0;
        for (DeadlineState s : states) {
            total++;
            int stage = s.getStage();
            if (OPEN_STATUSES.contains(s.getStatus())) {
                open.merge(new Key(s.getStatus().name(), stage), 1L, Long::sum);
                if (s.getStatus() == DeadlineStatus.OVERDUE) {
                    LocalDate due = s.getAcknowledgedOn() != null ? s.getRespondBy() : s.getAcknowledgeBy();
                    oldestOverdueDays = Math.max(oldestOverdueDays, ChronoUnit.DAYS.between(due, today));
                }
            }
            if (s.getReceivedOn() != null && YearMonth.from(s.getReceivedOn()).equals(month)) {
                received.merge(stage, 1L, Long::sum);
                List<String> themes = s.getThemes() == null || s.getThemes().isEmpty() ? List.of("none") : s.getThemes();
                for (String theme : themes) {
                    receivedByTheme.merge(new Key(THEMES.contains(theme) ? theme : "none", stage), 1L, Long::sum);
                }
            }
            count(rates, "acknowledgement", stage, s.getAcknowledgedOn(), s.getAcknowledgedOnTime(), month, fyStart, today);
            count(rates, "response", stage, s.getRespondedOn(), s.getRespondedOnTime(), month, fyStart, today);
        }
        Map<RateKey, Rate> onTime = new HashMap<>();
        for (String measure : MEASURES) {
            for (int stage : STAGES) {
                for (String period : PERIODS) {
                    RateKey key = new RateKey(measure, stage, period);
                    long[] c = rates.getOrDefault(key, new long[2]);
                    onTime.put(key, new Rate(c[0], c[1]));
                }
            }
        }
        return new ComplaintSnapshot(Map.copyOf(open), Map.copyOf(received), Map.copyOf(receivedByTheme), Map.copyOf(onTime), total,
                oldestOverdueDays);
    }

    public static ComplaintSnapshot empty() {
        return of(List.of(), LocalDate.now());
    }

    public long overdue() {
        return open.entrySet().stream().filter(e -> e.getKey().label().equals(DeadlineStatus.OVERDUE.name()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** 1 April of the financial year that contains {@code date}. */
    static LocalDate financialYearStart(LocalDate date) {
        int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }

    private static void count(Map<RateKey, long[]> rates, String measure, int stage, LocalDate on, Boolean onTime,
                              YearMonth month, LocalDate fyStart, LocalDate today) {
        if (on == null || onTime == null || on.isAfter(today)) {
            return;
        }
        if (!on.isBefore(fyStart)) {
            add(rates, new RateKey(measure, stage, "financial_year"), onTime);
        }
        if (YearMonth.from(on).equals(month)) {
            add(rates, new RateKey(measure, stage, "month"), onTime);
        }
    }

    private static void add(Map<RateKey, long[]> rates, RateKey key, boolean onTime) {
        long[] c = rates.computeIfAbsent(key, k -> new long[2]);
        c[1]++;
        if (onTime) {
            c[0]++;
        }
    }
}

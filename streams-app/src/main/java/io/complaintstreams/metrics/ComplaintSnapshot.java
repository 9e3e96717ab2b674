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
 * What the trend-board gauges show, computed from this instance's complaint ledgers as of one date: a pure function,
 * so it is tested without a broker. Open complaints come from each complaint's current {@link DeadlineState};
 * received, acknowledged and responded figures from the complaint's contributions to the period counters (the very
 * numbers {@code /api/v1/stats/monthly} adds up), so the gauges, the statistics and the annual report give one
 * reading: a complaint escalated to stage 2 still counts in stage 1's month.
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

    /**
     * One complaint as the gauges read it from its ledger.
     *
     * @param state         its current state (null while its RECEIVED is missing)
     * @param contributions its counters by period store key ({@code YYYY-MM|landlordId}; week keys are ignored)
     */
    public record Complaint(DeadlineState state, Map<String, Map<String, Long>> contributions) {}

    /** onTime out of decided; the ratio is NaN when nothing was decided. */
    public record Rate(long onTime, long decided) {
        public double ratio() {
            return decided == 0 ? Double.NaN : (double) onTime / decided;
        }
    }

    public static ComplaintSnapshot of(Iterable<Complaint> complaints, LocalDate today) {
        Map<Key, Long> open = new HashMap<>();
        Map<Integer, Long> received = new HashMap<>();
        Map<Key, Long> receivedByTheme = new HashMap<>();
        Map<RateKey, long[]> rates = new HashMap<>();
        YearMonth month = YearMonth.from(today);
        YearMonth fyStart = YearMonth.from(financialYearStart(today));
        long total = 0;
        long oldestOverdueDays = 0;
        for (Complaint c : complaints) {
            DeadlineState s = c.state();
            if (s == null) {
                continue;
            }
            total++;
            if (OPEN_STATUSES.contains(s.getStatus())) {
                open.merge(new Key(s.getStatus().name(), s.getStage()), 1L, Long::sum);
                if (s.getStatus() == DeadlineStatus.OVERDUE) {
                    LocalDate due = s.getAcknowledgedOn() != null ? s.getRespondBy() : s.getAcknowledgeBy();
                    oldestOverdueDays = Math.max(oldestOverdueDays, ChronoUnit.DAYS.between(due, today));
                }
            }
            c.contributions().forEach((key, counters) -> {
                YearMonth period = monthOf(key);
                if (period == null || period.isAfter(month)) {
                    return;
                }
                for (int stage : STAGES) {
                    if (period.equals(month) && counters.getOrDefault(stage(stage, "received"), 0L) > 0) {
                        received.merge(stage, 1L, Long::sum);
                        List<String> themes = s.getThemes() == null || s.getThemes().isEmpty() ? List.of("none") : s.getThemes();
                        for (String theme : themes) {
                            receivedByTheme.merge(new Key(THEMES.contains(theme) ? theme : "none", stage), 1L, Long::sum);
                        }
                    }
                    count(rates, "acknowledgement", stage, counters, "acknowledgedOnTime", "acknowledgedLate", period, month, fyStart);
                    count(rates, "response", stage, counters, "respondedOnTime", "respondedLate", period, month, fyStart);
                }
            });
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

    private static String stage(int stage, String counter) {
        return "stage" + stage + "." + counter;
    }

    /** The month of a monthly store key {@code YYYY-MM|landlordId}; null for a week key. */
    private static YearMonth monthOf(String key) {
        return key.length() > 7 && key.charAt(7) == '|' && key.charAt(4) == '-' && key.charAt(5) != 'W'
                ? YearMonth.parse(key.substring(0, 7)) : null;
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

    private static void count(Map<RateKey, long[]> rates, String measure, int stage, Map<String, Long> counters,
                              String onTimeCounter, String lateCounter, YearMonth period, YearMonth month, YearMonth fyStart) {
        long onTime = counters.getOrDefault(stage(stage, onTimeCounter), 0L);
        long late = counters.getOrDefault(stage(stage, lateCounter), 0L);
        if (onTime + late == 0) {
            return;
        }
        if (!period.isBefore(fyStart)) {
            add(rates, new RateKey(measure, stage, "financial_year"), onTime, late);
        }
        if (period.equals(month)) {
            add(rates, new RateKey(measure, stage, "month"), onTime, late);
        }
    }

    private static void add(Map<RateKey, long[]> rates, RateKey key, long onTime, long late) {
        long[] c = rates.computeIfAbsent(key, k -> new long[2]);
        c[0] += onTime;
        c[1] += onTime + late;
    }
}

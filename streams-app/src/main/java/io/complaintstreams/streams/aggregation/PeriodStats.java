package io.complaintstreams.streams.aggregation;

import static io.complaintstreams.streams.aggregation.Counters.stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One period's figures as the stats API shows them: every counter (the fixed ones zero-filled, open-ended ones such
 * as refusal reasons and categories when non-zero), derived percentages (null when the denominator is 0, rounded
 * half-up to one decimal place), the remedy total in pounds and the response-time distribution per stage.
 */
public record PeriodStats(String period, Map<String, Long> counters) {

    static PeriodStats of(String period, Map<String, Long> summed) {
        Map<String, Long> all = new LinkedHashMap<>();
        Counters.FIXED.forEach(name -> all.put(name, summed.getOrDefault(name, 0L)));
        new TreeMap<>(summed).forEach(all::putIfAbsent);
        return new PeriodStats(period, all);
    }

    long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    public Map<String, Double> rates() {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int s = 1; s <= 2; s++) {
            long ackOnTime = get(stage(s, Counters.ACKNOWLEDGED_ON_TIME));
            long onTime = get(stage(s, Counters.RESPONDED_ON_TIME));
            long responded = responded(s);
            long compliant = get(stage(s, Counters.EXTENSION_COMPLIANT));
            rates.put("stage" + s + "AcknowledgedOnTimePct", pct(ackOnTime, ackOnTime + get(stage(s, Counters.ACKNOWLEDGED_LATE))));
            rates.put("stage" + s + "RespondedOnTimePct", pct(onTime, responded));
            rates.put("stage" + s + "WithinTimescalePct", pct(get(stage(s, Counters.RESPONDED_WITHIN_TIMESCALE)), responded));
            rates.put("stage" + s + "ExtensionCompliantPct", pct(compliant, compliant + get(stage(s, Counters.EXTENSION_BEYOND_CODE))));
        }
        rates.put("escalationRatePct", pct(get(stage(2, Counters.RECEIVED)), responded(1)));
        rates.put("surveyDissatisfactionPct", pct(get(Counters.SURVEY_DISSATISFIED), get(Counters.SURVEY_RESPONSES)));
        rates.put("signalDissatisfactionPct", pct(get(Counters.SIGNALS_DISSATISFIED), get(Counters.SIGNALS_TOTAL)));
        rates.put("serviceRequestToComplaintPct",
                pct(get(Counters.SERVICE_REQUESTS_BECAME_COMPLAINT), get(Counters.SERVICE_REQUESTS_OPENED)));
        return rates;
    }

    public double remedyAmountPounds() {
        return BigDecimal.valueOf(get(Counters.REMEDIES_AMOUNT_PENCE)).movePointLeft(2).doubleValue();
    }

    /** Per stage: responses by working days from receipt ({@code "0".."19", "20+"}) and the cumulative percentage. */
    public Map<String, Map<String, Map<String, ? extends Number>>> respondDays() {
        Map<String, Map<String, Map<String, ? extends Number>>> out = new LinkedHashMap<>();
        for (int s = 1; s <= 2; s++) {
            Map<String, Long> buckets = new LinkedHashMap<>();
            Map<String, Double> cumulative = new LinkedHashMap<>();
            long total = responded(s);
            long running = 0;
            for (int d = 0; d <= Counters.RESPOND_DAYS_LAST_BUCKET; d++) {
                String name = Counters.respondDaysBucket(d);
                long n = get(stage(s, name));
                running += n;
                String label = name.substring(Counters.RESPOND_DAYS.length());
                buckets.put(label, n);
                cumulative.put(label, pct(running, total));
            }
            out.put("stage" + s, Map.of("buckets", buckets, "cumulativePct", cumulative));
        }
        return out;
    }

    private long responded(int s) {
        return get(stage(s, Counters.RESPONDED_ON_TIME)) + get(stage(s, Counters.RESPONDED_LATE));
    }

    static Double pct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The JSON object for this period, under {@code unit} ("month" or "week"). */
    Map<String, Object> toJson(String unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(unit, period);
        json.put("counters", counters);
        json.put("rates", rates());
        json.put("remedyAmountPounds", remedyAmountPounds());
        json.put("respondDays", respondDays());
        return json;
    }
}

package io.complaintstreams.streams.aggregation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counter names kept per landlord and period. Names are store compatibility: never rename them.
 * Stage counters are {@code stage1.*} and {@code stage2.*}; open-ended families (refusal reasons, categories)
 * only appear once non-zero; everything in {@link #FIXED} is zero-filled by the query.
 */
public final class Counters {
    public static final String RECEIVED = "received";
    public static final String ACKNOWLEDGED_ON_TIME = "acknowledgedOnTime";
    public static final String ACKNOWLEDGED_LATE = "acknowledgedLate";
    public static final String RESPONDED_ON_TIME = "respondedOnTime";
    public static final String RESPONDED_LATE = "respondedLate";
    public static final String RESPONDED_WITHIN_TIMESCALE = "respondedWithinTimescale";
    public static final String EXTENDED = "extended";
    public static final String EXTENSION_COMPLIANT = "extensionCompliant";
    public static final String EXTENSION_BEYOND_CODE = "extensionBeyondCode";
    public static final String REFUSED = "refused";
    public static final String WITHDRAWN = "withdrawn";
    public static final String OUTCOME = "outcome.";
    public static final String RESPOND_DAYS = "respondDays.";
    public static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");
    /** Working days from receipt to response: 0..19, then 20 and more in one bucket. */
    public static final int RESPOND_DAYS_LAST_BUCKET = 20;

    public static final String REFUSAL_REASON = "refusals.reason.";
    public static final String REMEDIES_COUNT = "remedies.count";
    public static final String REMEDIES_AMOUNT_PENCE = "remedies.amountPence";
    public static final String COMPLAINT_THEME = "complaints.theme.";
    public static final String COMPLAINT_CATEGORY = "complaints.category.";

    public static final String SIGNALS_TOTAL = "signals.total";
    public static final String SIGNALS_DISSATISFIED = "signals.dissatisfied";
    public static final String SIGNAL_ACTION = "signals.action.";
    public static final String SIGNAL_SOURCE = "signals.source.";
    public static final String SIGNAL_THEME = "signals.theme.";
    public static final List<String> ACTIONS = List.of("RAISE_COMPLAINT", "OFFER_COMPLAINT", "SIGNPOST", "NONE");
    public static final List<String> SOURCES = List.of("contact", "service_request", "survey");
    public static final List<String> THEMES = List.of("repairs", "damp_mould", "heating_hot_water", "communication",
            "rent_charges", "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance");

    public static final String SURVEY_RESPONSES = "surveys.responses";
    public static final String SURVEY_LOW_SCORE = "surveys.lowScore";
    public static final String SURVEY_DISSATISFIED = "surveys.dissatisfied";
    public static final String SURVEY_KIND = "surveys.kind.";
    public static final List<String> SURVEY_KINDS = List.of("TSM_PERCEPTION", "TRANSACTIONAL", "COMPLAINT_HANDLING");

    public static final String SERVICE_REQUESTS_OPENED = "serviceRequests.opened";
    public static final String SERVICE_REQUESTS_BECAME_COMPLAINT = "serviceRequests.becameComplaint";

    /** Every counter the query reports even when zero. */
    public static final List<String> FIXED = fixed();

    private Counters() {}

    public static String stage(int stage, String counter) {
        return "stage" + stage + "." + counter;
    }

    public static String respondDaysBucket(int workingDays) {
        return RESPOND_DAYS + (workingDays >= RESPOND_DAYS_LAST_BUCKET ? RESPOND_DAYS_LAST_BUCKET + "+" : String.valueOf(Math.max(0, workingDays)));
    }

    private static List<String> fixed() {
        List<String> names = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            for (String c : List.of(RECEIVED, ACKNOWLEDGED_ON_TIME, ACKNOWLEDGED_LATE, RESPONDED_ON_TIME, RESPONDED_LATE,
                    RESPONDED_WITHIN_TIMESCALE, EXTENDED, EXTENSION_COMPLIANT, EXTENSION_BEYOND_CODE, REFUSED, WITHDRAWN)) {
                names.add(stage(stage, c));
            }
            for (String outcome : OUTCOMES) {
                names.add(stage(stage, OUTCOME + outcome));
            }
            for (int days = 0; days <= RESPOND_DAYS_LAST_BUCKET; days++) {
                names.add(stage(stage, respondDaysBucket(days)));
            }
        }
        names.addAll(List.of(REMEDIES_COUNT, REMEDIES_AMOUNT_PENCE, SIGNALS_TOTAL, SIGNALS_DISSATISFIED, SURVEY_RESPONSES,
                SURVEY_LOW_SCORE, SURVEY_DISSATISFIED, SERVICE_REQUESTS_OPENED, SERVICE_REQUESTS_BECAME_COMPLAINT));
        THEMES.forEach(t -> names.add(COMPLAINT_THEME + t));
        THEMES.forEach(t -> names.add(SIGNAL_THEME + t));
        ACTIONS.forEach(a -> names.add(SIGNAL_ACTION + a));
        SOURCES.forEach(s -> names.add(SIGNAL_SOURCE + s));
        SURVEY_KINDS.forEach(k -> names.add(SURVEY_KIND + k));
        return List.copyOf(names);
    }
}

package io.complaintstreams.generator.internal;

import java.time.Instant;
import java.time.LocalDate;

/** Everything one home's simulation needs: its random source, event sink, period and id numbering. */
public final class HomeContext {
    private static final String[] CHANNELS = {"phone", "email", "web", "letter", "visit", "social"};
    private static final double[] CHANNEL_WEIGHTS = {45, 15, 20, 3, 10, 7};
    private static final String[] REPRESENTATIVES = {"councillor", "MP", "daughter", "son", "advocate"};
    private static final double[] REPRESENTATIVE_WEIGHTS = {3, 2, 4, 2, 1};

    private final Rng rng;
    private final EventSink sink;
    private final LocalDate periodStart;
    private final int days;
    private final String landlordId;
    private final String idSuffix;
    private final int stage1Handlers;
    private final int stage2Handlers;
    private int contacts;
    private int requests;
    private int surveys;
    private int complaints;

    public HomeContext(Rng rng, EventSink sink, LocalDate periodStart, int days, String landlordId, int homes) {
        this.rng = rng;
        this.sink = sink;
        this.periodStart = periodStart;
        this.days = days;
        this.landlordId = landlordId;
        this.idSuffix = String.format("%02d-%06d", periodStart.getYear() % 100, sink.home().index());
        this.stage1Handlers = Math.max(3, homes / 1500);
        this.stage2Handlers = Math.max(2, homes / 6000);
    }

    public Rng rng() {
        return rng;
    }

    public EventSink sink() {
        return sink;
    }

    public Home home() {
        return sink.home();
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public int days() {
        return days;
    }

    /** A seasonally weighted day within the period. */
    public LocalDate randomDay() {
        return Season.pickDay(rng, periodStart, days);
    }

    public Instant randomInstant() {
        return Times.on(randomDay(), rng);
    }

    public String nextContactId() {
        return id("C", ++contacts);
    }

    public String nextRequestId() {
        return id("SR", ++requests);
    }

    public String nextSurveyId() {
        return id("S", ++surveys);
    }

    public String nextComplaintId() {
        return id("CMP", ++complaints);
    }

    /** e.g. LL-DEMO-CMP25-000123-1: landlord, kind, period year, home, sequence within the home. */
    private String id(String kind, int sequence) {
        return landlordId + "-" + kind + idSuffix + "-" + sequence;
    }

    public String channel() {
        return CHANNELS[rng.weighted(CHANNEL_WEIGHTS)];
    }

    public String representative() {
        return REPRESENTATIVES[rng.weighted(REPRESENTATIVE_WEIGHTS)];
    }

    public String stage1Handler() {
        return String.format("H1-%03d", rng.between(1, stage1Handlers));
    }

    /** A stage 2 reviewer: a more senior pool than stage 1. */
    public String stage2Handler() {
        return String.format("H2-%03d", rng.between(1, stage2Handlers));
    }
}

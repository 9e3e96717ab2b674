package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.CounterSet;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.metrics.ComplaintSnapshot;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.annual.MonthVolume;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.aggregation.CounterSets;
import io.complaintstreams.streams.aggregation.StatsQuery;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.deadline.LedgerFacts;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * One reading of each figure: the same month computed three ways, by the statistics (what
 * {@code /api/v1/stats/monthly} serves), by the gauges and by the annual report builder, from one production topology
 * fed with complaints that were escalated, acknowledged late and responded to. Before the complaint ledger the gauge
 * dropped escalated complaints from stage 1 while the statistics kept them.
 */
class OneReadingOfAMonthTest {
    private static final Topics TOPICS = Topics.unprefixed();

    @Test
    void shouldGiveTheSameMayFiguresFromStatisticsGaugesAndAnnualReport() throws Exception {
        var props = StreamsProperties.create("one-reading", Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092"),
                Files.createTempDirectory("one-reading").toString(), TOPICS.deadLetter());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        try (var driver = new TopologyTestDriver(ComplaintTopology.build(TopologySettings.defaults(TOPICS)), props,
                Instant.parse("2025-05-30T12:00:00Z"))) {
            var events = driver.createInputTopic(TOPICS.complaintEvents.name(), TOPICS.complaintEvents.keySerde().serializer(),
                    TOPICS.complaintEvents.valueSerde().serializer());
            // A: received, acknowledged on time, responded, then escalated, all in May: stage 1 and stage 2 in May
            pipe(events, event("A", ComplaintEventType.RECEIVED, 1, "2025-05-01T09:00:00Z"));
            pipe(events, event("A", ComplaintEventType.ACKNOWLEDGED, 1, "2025-05-02T09:00:00Z"));
            pipe(events, event("A", ComplaintEventType.RESPONDED, 1, "2025-05-09T09:00:00Z"));
            pipe(events, event("A", ComplaintEventType.ESCALATED, 2, "2025-05-12T09:00:00Z"));
            // B: received in May, acknowledged late (more than 5 working days)
            pipe(events, event("B", ComplaintEventType.RECEIVED, 1, "2025-05-06T09:00:00Z"));
            pipe(events, event("B", ComplaintEventType.ACKNOWLEDGED, 1, "2025-05-20T09:00:00Z"));
            // C: received in April, responded late in May; D: received in May, not acknowledged yet
            pipe(events, event("C", ComplaintEventType.RECEIVED, 1, "2025-04-01T09:00:00Z"));
            pipe(events, event("C", ComplaintEventType.RESPONDED, 1, "2025-05-22T09:00:00Z"));
            pipe(events, event("D", ComplaintEventType.RECEIVED, 1, "2025-05-28T09:00:00Z"));

            KeyValueStore<String, CounterSet> monthly = driver.getKeyValueStore(AggregationPart.MONTHLY_STORE);
            KeyValueStore<String, CounterSet> weekly = driver.getKeyValueStore(AggregationPart.WEEKLY_STORE);
            Map<String, Long> stats = new StatsQuery(monthly, weekly).monthly("2025-05", "2025-05", null).periods().get(0).counters();

            KeyValueStore<String, ComplaintLedger> ledger = driver.getKeyValueStore(DeadlineClockPart.LEDGER_STORE);
            List<ComplaintSnapshot.Complaint> complaints = new ArrayList<>();
            List<List<ComplaintFact>> facts = new ArrayList<>();
            try (var all = ledger.all()) {
                all.forEachRemaining(kv -> {
                    complaints.add(new ComplaintSnapshot.Complaint(kv.value.getState(), CounterSets.toMapAll(kv.value.getContributions())));
                    facts.add(LedgerFacts.toDomain(kv.value));
                });
            }
            ComplaintSnapshot gauges = ComplaintSnapshot.of(complaints, LocalDate.parse("2025-05-30"));
            MonthVolume report = AnnualReportBuilder.standard()
                    .build(facts, FinancialYear.parse("2025-26"), Map.of(), null, null)
                    .volumes().byMonth().stream().filter(m -> m.month().equals("2025-05")).findFirst().orElseThrow();

            assertEquals(3L, stats.get("stage1.received"), "A, B and D; A still counts at stage 1 after its escalation");
            assertEquals(1L, stats.get("stage2.received"));
            assertEquals(stats.get("stage1.received"), gauges.receivedThisMonth().get(1));
            assertEquals(stats.get("stage2.received"), gauges.receivedThisMonth().get(2));
            assertEquals(stats.get("stage1.received"), report.stage1());
            assertEquals(stats.get("stage2.received"), report.stage2());

            var acknowledged = gauges.onTime().get(new ComplaintSnapshot.RateKey("acknowledgement", 1, "month"));
            assertEquals(stats.get("stage1.acknowledgedOnTime"), acknowledged.onTime());
            assertEquals(stats.get("stage1.acknowledgedOnTime") + stats.get("stage1.acknowledgedLate"), acknowledged.decided());
            var responded = gauges.onTime().get(new ComplaintSnapshot.RateKey("response", 1, "month"));
            assertEquals(stats.get("stage1.respondedOnTime"), responded.onTime());
            assertEquals(2L, responded.decided(), "A on time, C late");
            assertEquals(stats.get("stage1.respondedOnTime") + stats.get("stage1.respondedLate"), responded.decided());
        }
    }

    private static ComplaintEvent event(String complaintId, ComplaintEventType type, int stage, String at) {
        return ComplaintEvent.newBuilder().setEventId(complaintId + "-" + type + "-" + stage).setComplaintId(complaintId)
                .setLandlordId("LL1").setResidentId("R-" + complaintId).setType(type).setStage(stage)
                .setOccurredAt(Instant.parse(at)).setThemes(List.of()).build();
    }

    private static void pipe(org.apache.kafka.streams.TestInputTopic<String, ComplaintEvent> topic, ComplaintEvent e) {
        topic.pipeInput(e.getComplaintId(), e, e.getOccurredAt());
    }
}

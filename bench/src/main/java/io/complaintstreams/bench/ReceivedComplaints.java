package io.complaintstreams.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.topics.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Open stage 1 complaints for the punctuation and restore phases: one RECEIVED event each, encoded as ingest would,
 * received evenly over the {@code cohorts} working days before {@code today} (London).
 */
final class ReceivedComplaints {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReceivedComplaints() {
    }

    static List<BenchRecord> of(String idPrefix, int count, LocalDate today, int cohorts) {
        List<LocalDate> days = workingDaysBefore(today, cohorts);
        EventParsers parsers = new EventParsers();
        List<BenchRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = days.get(i % cohorts).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant().plusSeconds(i % 3600);
            String id = idPrefix + i;
            var json = JSON.createObjectNode().put("complaintId", id).put("landlordId", "LL-BENCH")
                    .put("residentId", "R-" + id).put("type", "RECEIVED").put("stage", 1).put("occurredAt", at.toString());
            OutgoingRecord out = parsers.parse(EventKind.COMPLAINT_EVENTS, json).toRecord(Topics.unprefixed());
            records.add(new BenchRecord(out.topic(), out.key(), out.value(), at.toEpochMilli()));
        }
        return records;
    }

    private static List<LocalDate> workingDaysBefore(LocalDate today, int n) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); days.size() < n; d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}

package io.complaintstreams.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A straightforward second computation of the figures straight from the JSON events, sharing nothing with the code
 * under test but the working-day calendar: per complaint and stage, the earliest start, acknowledgement and
 * response, the summed extensions; deadlines counted here with {@link WorkingDayCalendar#plusWorkingDays}.
 */
public final class IndependentFigures {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** What one stage of one complaint's events say. */
    public static final class Stage {
        public LocalDate start;
        public LocalDate ack;
        public int extension;
        public LocalDate responded;
        public String outcome;

        /** CH02: acknowledged within 5 working days, responded by ack (or ack-by) + 10/20 + extension capped at 10/20. */
        public boolean withinTimescale(int stage) {
            LocalDate ackBy = CALENDAR.plusWorkingDays(start, 5);
            boolean ackOnTime = ack != null && !ack.isAfter(ackBy);
            int days = stage == 1 ? 10 : 20;
            LocalDate respondBy = CALENDAR.plusWorkingDays(ack != null ? ack : ackBy, days + Math.min(extension, days));
            return ackOnTime && !responded.isAfter(respondBy);
        }
    }

    /** One complaint's stages 1 and 2 (index 1 and 2), and its events. */
    public record Complaint(String id, Stage[] stages, List<JsonNode> events) {
    }

    private IndependentFigures() {
    }

    public static List<Complaint> complaints(List<JsonNode> events) {
        Map<String, List<JsonNode>> grouped = new LinkedHashMap<>();
        events.forEach(e -> grouped.computeIfAbsent(e.get("complaintId").asText(), k -> new ArrayList<>()).add(e));
        List<Complaint> result = new ArrayList<>();
        grouped.forEach((id, list) -> {
            Stage[] stages = {null, new Stage(), new Stage()};
            for (JsonNode e : list) {
                Stage s = stages[e.get("stage").asInt()];
                LocalDate day = date(e);
                switch (e.get("type").asText()) {
                    case "RECEIVED", "ESCALATED" -> s.start = min(s.start, day);
                    case "ACKNOWLEDGED" -> s.ack = min(s.ack, day);
                    case "EXTENDED" -> s.extension += e.get("extensionWorkingDays").asInt();
                    case "RESPONDED" -> {
                        if (s.responded == null || day.isBefore(s.responded)) {
                            s.responded = day;
                            s.outcome = e.hasNonNull("outcome") ? e.get("outcome").asText() : null;
                        }
                    }
                    default -> { }
                }
            }
            result.add(new Complaint(id, stages, list));
        });
        return result;
    }

    public static LocalDate date(JsonNode e) {
        return Instant.parse(e.get("occurredAt").asText()).atZone(LONDON).toLocalDate();
    }

    public static boolean inYear(LocalDate d, int startYear) {
        return d != null && !d.isBefore(LocalDate.of(startYear, 4, 1)) && !d.isAfter(LocalDate.of(startYear + 1, 3, 31));
    }

    /** Rounded half-up to one decimal by hand: floor((10 x 100 x part / whole) + 0.5) / 10, in exact integers. */
    public static BigDecimal pct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf((2000 * part + whole) / (2 * whole), 1);
    }

    public static BigDecimal per1000(long count, long homes) {
        return BigDecimal.valueOf((20000 * count + homes) / (2 * homes), 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}

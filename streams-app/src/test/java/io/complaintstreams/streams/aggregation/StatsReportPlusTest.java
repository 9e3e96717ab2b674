package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsReportPlusTest {

    @Test
    void shouldAddAnotherInstancesCountersAndDeriveTheRatesFromTheSums() {
        StatsReport local = new StatsReport("month", "2025-04", "2025-04", null, List.of(PeriodStats.of("2025-04",
                Map.of("stage1.received", 3L, "stage1.respondedOnTime", 1L, "stage1.respondedLate", 1L))));

        StatsReport both = local.plus(Map.of("2025-04", Map.of("stage1.received", 2L, "stage1.respondedOnTime", 2L)));

        PeriodStats april = both.periods().get(0);
        assertEquals(5L, april.counters().get("stage1.received"));
        assertEquals(75.0, april.rates().get("stage1RespondedOnTimePct"), "3 of 4 responses on time across both");
        assertEquals(50.0, local.periods().get(0).rates().get("stage1RespondedOnTimePct"), "the local share alone: 1 of 2");
    }
}

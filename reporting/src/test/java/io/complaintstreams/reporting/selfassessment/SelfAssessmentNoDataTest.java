package io.complaintstreams.reporting.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.request.ServiceRequestTargets;
import io.complaintstreams.reporting.Facts;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.html.SelfAssessmentHtml;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-assessment says when it has no data for its period or landlord ({@code noData}), as the annual report does. */
class SelfAssessmentNoDataTest {
    private static final List<List<ComplaintFact>> ONE_IN_2025 = List.of(
            Facts.complaint("A").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                    .responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null).facts());

    private static SelfAssessment build(String period, String landlordId, ServiceRecords service) {
        return SelfAssessmentBuilder.standard().build(ONE_IN_2025, service, FinancialYear.parse(period), landlordId, null, Instant.now());
    }

    @Test
    void shouldSayNoDataForAPeriodBeforeOrAfterTheDataInTheJsonAndOnThePage() throws Exception {
        for (String period : List.of("1999-00", "2031-32")) {
            SelfAssessment none = build(period, null, ServiceRecords.none());
            assertTrue(none.noData().startsWith("No data for this period"), none.noData());
            assertTrue(none.noData().contains("not measured"), none.noData());
            assertEquals(none.noData(), ReportJson.mapper().readTree(ReportJson.write(none)).get("noData").asText());
            assertTrue(SelfAssessmentHtml.render(none).contains("No data for this period"), "on the page");
        }
    }

    @Test
    void shouldSayNoDataForALandlordNoEventNames() {
        SelfAssessment nope = build("2025-26", "NOPE", ServiceRecords.none());
        assertTrue(nope.noData().startsWith("No data for landlord NOPE"), nope.noData());
        assertTrue(SelfAssessmentHtml.render(nope).contains("No data for landlord NOPE"));
    }

    @Test
    void shouldKeepAYearWithDataAsItIs() throws Exception {
        SelfAssessment real = build("2025-26", "LL-1", ServiceRecords.none());
        assertNull(real.noData());
        assertTrue(ReportJson.mapper().readTree(ReportJson.write(real)).get("noData").isNull());
        assertFalse(SelfAssessmentHtml.render(real).contains("No data"));
    }

    @Test
    void shouldSayTheServiceRowsAreStillMeasuredWhenOnlyServiceRecordsAreDatedInTheYear() {
        ServiceRecords requests = new ServiceRecords(List.of(new ServiceRecords.RequestChange("SR-1", "LL-1", "R-1",
                Instant.parse("2031-05-01T09:00:00Z"), "OPEN", "repairs", "ROUTINE", null)), List.of(), List.of(),
                ServiceRequestTargets.parse("repairs=15"), 2);
        SelfAssessment onlyRequests = build("2031-32", null, requests);
        assertTrue(onlyRequests.noData().startsWith("No data for this period"), onlyRequests.noData());
        assertTrue(onlyRequests.noData().contains("rows 1.4-1.6 are, from the service records"), onlyRequests.noData());
        assertTrue(build("2030-31", null, requests).noData().contains("The zeros below are not measured"),
                "a request outside the year is not data for it");
    }
}

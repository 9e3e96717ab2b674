package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in headless Debian Chromium against the running app: no console errors, charts drawn
 * by Chart.js from live data with the glossary's labels, the MRC's charts (same month last year, per 1,000 homes,
 * on time against the Code and local targets), the reports it links to, no axe-core violations (WCAG 2.2 A and AA
 * rules) on the dashboard and every HTML report, keyboard use, and screenshots in app/target/screenshots.
 */
@Timeout(240)
class DashboardBrowserIT {
    /**
     * Endpoints the page polls. Chromium itself logs a 404 or 503 answer to fetch() as a console error; the page shows
     * an empty state for those (an endpoint not deployed, or state not queryable while Streams rebalances), so only
     * those network entries are tolerated: any other console error, and any script error, fails the test.
     */
    private static final List<String> POLLED_ENDPOINTS =
            List.of("/api/v1/complaints", "/api/v1/stats/monthly", "/api/v1/tsm", "/api/v1/alerts", "/health",
                    "/api/v1/reports/annual", "/api/v1/glossary");

    /**
     * Contract-shaped answers (CONTRACTS 5, the monthly stats and the annual report's shapes) for the MRC view: May 2025
     * beside May 2024, 1,000 homes, on-time rates against the Code and local targets.
     */
    private static final String FAKE_ENDPOINTS = """
            (function () {
              var real = window.fetch;
              var answers = {
                '/api/v1/stats/monthly': {from: '2024-04', to: '2025-05', months: [
                  {month: '2024-05', counters: {'stage1.received': 2, 'stage2.received': 1}},
                  {month: '2025-04', counters: {'stage1.received': 3, 'stage2.received': 1, 'stage1.respondedOnTime': 2,
                    'stage1.respondedLate': 1, 'complaints.theme.repairs': 2, 'complaints.theme.damp_mould': 1}},
                  {month: '2025-05', counters: {'stage1.received': 5, 'stage2.received': 0, 'stage1.respondedOnTime': 4,
                    'stage1.respondedLate': 0, 'complaints.theme.repairs': 3, 'complaints.theme.communication': 2}}]},
                '/api/v1/tsm': {period: '2025-26', homes: 1000, stage1Complaints: 8, stage2Complaints: 1,
                  ch01Stage1Per1000: 8.0, ch01Stage2Per1000: 1.0, ch02Stage1WithinTimescalePct: 85.7,
                  ch02Stage2WithinTimescalePct: null},
                '/api/v1/reports/annual': {period: '2025-26', timeliness: {localTargets: 'SUPPLIED',
                  stage1: {acknowledgedOnTimePct: 90.0, respondedOnTimePct: 80.0, local: {acknowledgedOnTimePct: 70.0, respondedOnTimePct: 60.0}},
                  stage2: {acknowledgedOnTimePct: 100.0, respondedOnTimePct: null, local: null}}}
              };
              window.fetch = function (url, init) {
                var path = String(url).split('?')[0];
                if (answers[path]) {
                  return Promise.resolve(new Response(JSON.stringify(answers[path]),
                      {status: 200, headers: {'Content-Type': 'application/json'}}));
                }
                return real.call(window, url, init);
              };
            })();""";

    @TempDir
    static Path dataDir;
    @TempDir
    Path profile;
    private static ObservedApp app;
    private static Chromium chromium;

    @BeforeAll
    static void startApp() throws Exception {
        chromium = Chromium.require();
        app = ObservedApp.start(dataDir);
        app.awaitHealthy();
        app.feedSampleData();
        app.publishUnloggedComplaint("R9");
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldAnswerTheBoardsQuestionsWithHumanLabelsFromContractShapedAnswers() {
        ChromeDriver driver = startBrowser();
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKE_ENDPOINTS));
            driver.get(app.url() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("tsm-ch01-1")).getText().equals("8"));
            assertEquals("85.7%", driver.findElement(By.id("tsm-ch02-1")).getText());
            assertEquals("–", driver.findElement(By.id("tsm-ch02-2")).getText(), "null: no stage 2 responses");
            assertEquals("8 complaints, 1,000 homes", driver.findElement(By.id("tsm-s1")).getText());
            wait.until(d -> chartSummaries(driver).stream().anyMatch(c -> "per1000-chart".equals(c.get("id"))
                    && ((Number) c.get("points")).intValue() > 0));

            // trend against the same month last year: May 2025 beside May 2024
            assertEquals(List.of("Stage 1", "Stage 1, same month last year", "Stage 2", "Stage 2, same month last year"),
                    datasetLabels(driver, "monthly-chart"));
            assertEquals(List.of("May 2024", "Apr 2025", "May 2025"), driver.executeScript(
                    "return complaintDashboard.charts['monthly-chart'].data.labels;"));
            assertEquals(List.of(2L, 3L, 5L), dataOf(driver, "monthly-chart", 0));
            assertEquals(Arrays.asList(null, null, 2L), dataOf(driver, "monthly-chart", 1), "May 2025's year-earlier is May 2024");
            // per 1,000 homes: 5 complaints / 1,000 homes
            assertEquals(5.0, ((Number) dataOf(driver, "per1000-chart", 0).get(2)).doubleValue());
            // on time against the Code and the local targets
            wait.until(d -> datasetLabels(driver, "ontime-chart").size() == 2);
            assertEquals(List.of("Against the Code's deadlines", "Against our local targets"), datasetLabels(driver, "ontime-chart"));
            assertEquals(Arrays.asList(90L, 80L, 100L, null), dataOf(driver, "ontime-chart", 0));
            assertEquals(Arrays.asList(70L, 60L, null, null), dataOf(driver, "ontime-chart", 1));
            assertEquals(Arrays.asList(null, 66.7, 100L), dataOf(driver, "ontime-monthly-chart", 0), "2 of 3, then 4 of 4");

            wait.until(d -> d.findElement(By.id("themes-source")).getText().contains("12 months"));
            Object themes = driver.executeScript("return complaintDashboard.charts['themes-chart'].data.labels;");
            assertEquals(List.of("Repairs", "Communication", "Damp and mould"), themes, "glossary labels, not codes");
            assertTrue(driver.findElement(By.id("monthly-table")).getAttribute("textContent").contains("May 2025"),
                    "the table fallback holds the same figures");
            AxeCheck.assertNoViolations(driver, "the dashboard with sample figures");
            driver.manage().window().setSize(new Dimension(1400, 1300));
            driver.executeScript("document.getElementById('mrc').scrollIntoView();");
            Chromium.saveScreenshot(driver, "dashboard-mrc-sample-data.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void shouldRenderTheDashboardFromLiveDataWithoutConsoleErrors() throws Exception {
        {
            ChromeDriver driver = startBrowser();
            try {
                driver.get(app.url() + "/");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.until(d -> !d.findElement(By.id("officer-updated")).getText().equals("never"));
                wait.until(d -> chartSummaries(driver).size() >= 4);
                // live updates: the deadline clock's overdue complaints and the unlogged-complaint alert appear
                // without a reload, and the open-complaints chart fills once the gauges have read the store
                WebDriverWait live = new WebDriverWait(driver, Duration.ofSeconds(90));
                live.until(d -> d.findElement(By.id("overdue-rows")).getText().contains("C-2"));
                live.until(d -> d.findElement(By.id("unlogged-rows")).getText().contains("R9"));
                live.until(d -> d.findElement(By.id("tile-unlogged")).getText().matches("[1-9][0-9,]*")); // open items, exact
                live.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return complaintDashboard.charts['open-chart'].data.datasets"
                                + ".reduce(function (n, ds) { return n + ds.data.reduce(function (a, b) { return a + b; }, 0); }, 0);"))
                        .intValue() >= 2);

                List<Map<String, Object>> charts = chartSummaries(driver);
                for (String id : List.of("themes-chart", "open-chart", "signals-chart")) {
                    Map<String, Object> chart = charts.stream().filter(c -> id.equals(c.get("id"))).findFirst()
                            .orElseThrow(() -> new AssertionError("no Chart.js chart on #" + id + ": " + charts));
                    assertTrue(((Number) chart.get("datasets")).intValue() >= 1, id + " has datasets: " + chart);
                    assertTrue(((Number) chart.get("points")).intValue() >= 2, id + " has data points: " + chart);
                }
                assertEquals("Complaints dashboard", driver.findElement(By.tagName("h1")).getText());
                assertTrue(!driver.findElement(By.cssSelector("form.signout")).isDisplayed(),
                        "no Sign out without read tokens: nobody signed in");
                assertTrue(driver.findElements(By.cssSelector("h2")).size() >= 2, "both views have headings");
                assertTrue(driver.findElement(By.id("alert-rows")).getText().length() > 0, "the alerts table shows rows or an empty state");
                assertTrue(driver.findElement(By.cssSelector("label[for=period]")).isDisplayed(), "the period select is labelled");
                // human labels: the open-complaints chart by status, the signals chart without "no action" records
                assertEquals(List.of("On track", "Due soon", "Overdue"),
                        driver.executeScript("return complaintDashboard.charts['open-chart'].data.labels;"));
                Object actions = driver.executeScript("return complaintDashboard.charts['signals-chart'].data.labels;");
                assertTrue(((List<?>) actions).contains("Offer to log a complaint") && !((List<?>) actions).contains("No action"),
                        "signals chart: actions needing work, by their glossary label: " + actions);
                assertTrue(driver.findElement(By.id("overdue-rows")).getText().contains("Overdue"), "status by its label");
                AxeCheck.assertNoViolations(driver, "the dashboard with live data");

                driver.manage().window().setSize(new Dimension(1400, 2400));
                Chromium.saveScreenshot(driver, "dashboard.png");

                List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .filter(e -> !isPolledEndpointUnavailable(e))
                        .map(LogEntry::toString).toList();
                assertTrue(errors.isEmpty(), "browser console errors:\n" + String.join("\n", errors));
            } finally {
                driver.quit();
            }
        }
    }

    /**
     * The links from the MRC view open every HTML report, each without accessibility violations; officer.html too once
     * it is deployed; the page works from the keyboard: the skip link comes first and moves focus to the content, the
     * period select changes the report links, the tables behind the charts open with Enter.
     */
    @Test
    void shouldOpenEveryReportFromTheDashboardAndPassAxeAndWorkFromTheKeyboard() throws Exception {
        ChromeDriver driver = startBrowser();
        try {
            driver.get(app.url() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElement(By.id("officer-updated")).getText().equals("never"));

            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement skip = driver.switchTo().activeElement();
            assertEquals("Skip to the main content", skip.getText(), "the skip link is the first stop");
            assertTrue(skip.isDisplayed(), "the skip link shows when focused");
            skip.sendKeys(Keys.ENTER);
            wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

            WebElement period = driver.findElement(By.id("period"));
            period.sendKeys(Keys.ARROW_DOWN); // the year before
            String earlier = (String) driver.executeScript("return document.getElementById('period').value;");
            wait.until(d -> d.findElement(By.id("link-annual")).getAttribute("href").endsWith("period=" + earlier));

            WebElement summary = driver.findElement(By.cssSelector("#monthly-h ~ details summary"));
            summary.sendKeys(Keys.ENTER);
            wait.until(d -> d.findElement(By.cssSelector("#monthly-h ~ details")).getAttribute("open") != null);

            String year = (String) driver.executeScript("return document.getElementById('period').options[0].value;");
            new org.openqa.selenium.support.ui.Select(period).selectByValue(year);
            wait.until(d -> d.findElement(By.id("link-annual")).getAttribute("href").endsWith("period=" + year));
            List<String> reports = new java.util.ArrayList<>();
            for (String id : List.of("link-annual", "link-self-assessment")) {
                reports.add(driver.findElement(By.id(id)).getAttribute("href"));
            }
            reports.add(driver.findElement(By.cssSelector("#quarter-links a")).getAttribute("href"));
            for (String report : reports) {
                driver.get(report);
                wait.until(d -> d.findElement(By.tagName("h1")).isDisplayed());
                AxeCheck.assertNoViolations(driver, report);
            }
            if (app.get("/officer.html").statusCode() == 200) { // issue 14 item 1's page, once it is deployed
                driver.get(app.url() + "/officer.html");
                wait.until(d -> d.findElement(By.tagName("h1")).isDisplayed());
                AxeCheck.assertNoViolations(driver, "officer.html");
            }
        } finally {
            driver.quit();
        }
    }

    private static List<Object> datasetLabels(ChromeDriver driver, String chart) {
        return castList(driver.executeScript("return complaintDashboard.charts['" + chart + "'].data.datasets.map(function (d) { return d.label; });"));
    }

    private static List<Object> dataOf(ChromeDriver driver, String chart, int dataset) {
        return castList(driver.executeScript("return complaintDashboard.charts['" + chart + "'].data.datasets[" + dataset + "].data;"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    private static boolean isPolledEndpointUnavailable(LogEntry entry) {
        String m = entry.getMessage();
        return (m.contains("status of 404") || m.contains("status of 503"))
                && POLLED_ENDPOINTS.stream().anyMatch(m::contains);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> chartSummaries(ChromeDriver driver) {
        Object result = ((JavascriptExecutor) driver).executeScript("""
                if (typeof Chart === 'undefined') { return []; }
                return Array.from(document.querySelectorAll('canvas')).map(function (c) {
                  var ch = Chart.getChart(c);
                  if (!ch) { return null; }
                  return { id: c.id, datasets: ch.data.datasets.length,
                           points: ch.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0) };
                }).filter(function (x) { return x; });""");
        return (List<Map<String, Object>>) result;
    }

    private ChromeDriver startBrowser() {
        return chromium.start(profile, 1400, 2400);
    }
}

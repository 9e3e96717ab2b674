package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in headless Debian Chromium against the running app: no console errors, charts drawn
 * by Chart.js from live data, empty states where an endpoint is missing, and a screenshot in app/target/screenshots.
 */
@Timeout(240)
class DashboardBrowserIT {
    /**
     * Endpoints the page polls. Chromium itself logs a 404 or 503 answer to fetch() as a console error; the page shows
     * an empty state for those (an endpoint not deployed, or state not queryable while Streams rebalances), so only
     * those network entries are tolerated: any other console error, and any script error, fails the test.
     */
    private static final List<String> POLLED_ENDPOINTS =
            List.of("/api/v1/complaints", "/api/v1/stats/monthly", "/api/v1/tsm", "/api/v1/alerts", "/health");

    /** Contract-shaped answers (CONTRACTS 5 and the monthly stats shape) for endpoints other capabilities serve. */
    private static final String FAKE_ENDPOINTS = """
            (function () {
              var real = window.fetch;
              var answers = {
                '/api/v1/stats/monthly': {from: '2025-04', to: '2025-06', months: [
                  {month: '2025-04', counters: {'stage1.received': 3, 'stage2.received': 1, 'stage1.respondedOnTime': 2,
                    'stage1.respondedLate': 1, 'complaints.theme.repairs': 2, 'complaints.theme.damp_mould': 1}},
                  {month: '2025-05', counters: {'stage1.received': 5, 'stage2.received': 0, 'stage1.respondedOnTime': 4,
                    'stage1.respondedLate': 0, 'complaints.theme.repairs': 3, 'complaints.theme.communication': 2}}]},
                '/api/v1/tsm': {period: '2025-26', homes: 1000, stage1Complaints: 8, stage2Complaints: 1,
                  ch01Stage1Per1000: 8.0, ch01Stage2Per1000: 1.0, ch02Stage1WithinTimescalePct: 85.7,
                  ch02Stage2WithinTimescalePct: null}
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
    private static Path chromium;
    private static Path chromedriver;

    @BeforeAll
    static void startApp() throws Exception {
        chromium = ObservedApp.requireTool("/usr/bin/chromium", "chromium");
        chromedriver = ObservedApp.requireTool("/usr/bin/chromedriver", "chromium-driver");
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
    void shouldDrawMonthlyTrendsThemesAndTsmTilesFromContractShapedAnswers() {
        ChromeDriver driver = startBrowser(chromium, chromedriver);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKE_ENDPOINTS));
            driver.get(app.url() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("tsm-ch01-1")).getText().equals("8"));
            assertEquals("85.7%", driver.findElement(By.id("tsm-ch02-1")).getText());
            assertEquals("–", driver.findElement(By.id("tsm-ch02-2")).getText(), "null: no stage 2 responses");
            wait.until(d -> chartSummaries(driver).stream().anyMatch(c -> "monthly-chart".equals(c.get("id"))
                    && ((Number) c.get("points")).intValue() > 0));
            Object labels = driver.executeScript(
                    "return complaintDashboard.charts['monthly-chart'].data.datasets.map(function (d) { return d.label; });");
            assertEquals(List.of("stage1.received", "stage2.received", "stage1.respondedOnTime", "stage1.respondedLate"), labels);
            wait.until(d -> d.findElement(By.id("themes-source")).getText().contains("12 months"));
            Object themes = driver.executeScript("return complaintDashboard.charts['themes-chart'].data.labels;");
            assertEquals(List.of("repairs", "communication", "damp_mould"), themes);
            assertTrue(driver.findElement(By.id("monthly-table")).getAttribute("textContent").contains("2025-05"),
                    "the table fallback holds the same figures");
            driver.manage().window().setSize(new Dimension(1400, 1300));
            driver.executeScript("document.getElementById('mrc').scrollIntoView();");
            saveScreenshot(driver, "dashboard-mrc-sample-data.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void shouldRenderTheDashboardFromLiveDataWithoutConsoleErrors() throws Exception {
        {
            ChromeDriver driver = startBrowser(chromium, chromedriver);
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
                live.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return complaintDashboard.charts['open-chart'].data.datasets"
                                + ".reduce(function (n, ds) { return n + ds.data.reduce(function (a, b) { return a + b; }, 0); }, 0);"))
                        .intValue() >= 2);

                List<Map<String, Object>> charts = chartSummaries(driver);
                for (String id : List.of("themes-chart", "open-chart", "activity-chart")) {
                    Map<String, Object> chart = charts.stream().filter(c -> id.equals(c.get("id"))).findFirst()
                            .orElseThrow(() -> new AssertionError("no Chart.js chart on #" + id + ": " + charts));
                    assertTrue(((Number) chart.get("datasets")).intValue() >= 1, id + " has datasets: " + chart);
                    assertTrue(((Number) chart.get("points")).intValue() >= 2, id + " has data points: " + chart);
                }
                assertEquals("Complaints dashboard", driver.findElement(By.tagName("h1")).getText());
                assertTrue(driver.findElements(By.cssSelector("h2")).size() >= 2, "both views have headings");
                assertTrue(driver.findElement(By.id("alert-rows")).getText().length() > 0, "the alerts table shows rows or an empty state");
                assertTrue(driver.findElement(By.cssSelector("label[for=period]")).isDisplayed(), "the period select is labelled");

                driver.manage().window().setSize(new Dimension(1400, 2400));
                saveScreenshot(driver, "dashboard.png");

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

    /** A test artefact under app/target/screenshots. */
    private static void saveScreenshot(ChromeDriver driver, String name) {
        try {
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private ChromeDriver startBrowser(Path chromium, Path chromedriver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,2400", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}

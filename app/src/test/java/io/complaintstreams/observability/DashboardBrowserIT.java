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
    /** Endpoints other capabilities own; while one is not deployed the browser logs its 404 and the page shows an empty state. */
    private static final List<String> OPTIONAL_ENDPOINTS =
            List.of("/api/v1/complaints", "/api/v1/stats/monthly", "/api/v1/tsm");

    @TempDir
    Path dataDir;
    @TempDir
    Path profile;

    @Test
    void shouldRenderTheDashboardFromLiveDataWithoutConsoleErrors() throws Exception {
        Path chromium = ObservedApp.requireTool("/usr/bin/chromium", "chromium");
        Path chromedriver = ObservedApp.requireTool("/usr/bin/chromedriver", "chromium-driver");
        try (ObservedApp app = ObservedApp.start(dataDir)) {
            app.feedSampleData();
            app.publishUnloggedComplaint("R9");
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
                Path shots = Path.of("target", "screenshots");
                Files.createDirectories(shots);
                Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, shots.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

                List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .filter(e -> !isOptionalEndpointMissing(e))
                        .map(LogEntry::toString).toList();
                assertTrue(errors.isEmpty(), "browser console errors:\n" + String.join("\n", errors));
            } finally {
                driver.quit();
            }
        }
    }

    private static boolean isOptionalEndpointMissing(LogEntry entry) {
        String m = entry.getMessage();
        return (m.contains("status of 404") || m.contains("status of 503"))
                && OPTIONAL_ENDPOINTS.stream().anyMatch(m::contains);
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

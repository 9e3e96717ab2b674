package io.complaintstreams.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the browser ITs: the binary and its driver (a failure under CI=true when missing, else
 * the test is skipped: {@link ObservedApp#requireTool}), one browser per call with the console log kept, and
 * screenshots as test artefacts in app/target/screenshots.
 */
final class Chromium {
    private final Path binary;
    private final Path driver;

    private Chromium(Path binary, Path driver) {
        this.binary = binary;
        this.driver = driver;
    }

    /** The installed Chromium and chromedriver (packages chromium, chromium-driver; bin/test installs them). */
    static Chromium require() {
        return new Chromium(ObservedApp.requireTool("/usr/bin/chromium", "chromium"),
                ObservedApp.requireTool("/usr/bin/chromedriver", "chromium-driver"));
    }

    /**
     * A new headless browser with its own profile directory and every console entry logged; quit it when done.
     *
     * @param profile a directory of its own for this browser's profile
     * @param width   window width in CSS pixels
     * @param height  window height in CSS pixels
     */
    ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as app/target/screenshots/{@code name}. */
    static void saveScreenshot(ChromeDriver browser, String name) {
        try {
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

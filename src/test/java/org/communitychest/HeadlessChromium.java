package org.communitychest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests, signed in through the real login page. Without Chromium a
 * test is skipped locally and fails in CI ({@code CI=true}).
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns on every start that it has no CDP bindings for this Chromium: keep that out of the log. */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profileDir;
    private final int port;

    private HeadlessChromium(int port) throws IOException {
        this.port = port;
        profileDir = Files.createTempDirectory("chest-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profileDir);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** A browser for the app on {@code port}, or the test is skipped (a failure in CI) when there is none. */
    static HeadlessChromium start(int port, String test) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(test + " needs Debian's chromium and chromium-driver");
        }
        if (!installed) {
            System.err.println("WARNING: no chromium/chromedriver: " + test + " skipped (CI=true makes it a failure)");
        }
        Assumptions.assumeTrue(installed, "no chromium: skipped");
        return new HeadlessChromium(port);
    }

    void signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.cssSelector("vaadin-email-field input"), email);
        type(By.cssSelector("vaadin-password-field input"), password);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Sign in']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[starts-with(normalize-space(.), 'Welcome')]")));
    }

    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void type(By locator, String text) {
        var input = wait.until(ExpectedConditions.elementToBeClickable(locator));
        input.clear();
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    /** Until Vaadin has no request in flight and the page has loaded. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return false;
                const clients = Object.values(flow.clients);
                return clients.length > 0 && !clients.some(c => c.isActive && c.isActive())
                    && document.readyState === 'complete';
                """)));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Logger quiet(String name) {
        var logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}

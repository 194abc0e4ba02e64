package org.communitychest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, for the browser end-to-end tests. Nothing is downloaded:
 * the binary and the driver are given explicitly. Without them a test is skipped locally and fails in CI
 * ({@code CI=true}). Started with a base URL, it opens paths of that application ({@link #open}, {@link #url}).
 */
public final class HeadlessBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Vaadin dev mode can take a while to serve its first page. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    /**
     * Selenium warns on every start that it has no CDP bindings for this Chromium version. We need none (the one
     * DevTools command we send goes through chromedriver), so keep that out of the build log. Held in fields:
     * java.util.logging forgets loggers nobody references, and their levels with them.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private final Path profileDir;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    private HeadlessBrowser(Path profileDir, ChromeDriver driver, String baseUrl) {
        this.profileDir = profileDir;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.baseUrl = baseUrl;
    }

    /** Starts Chromium, or skips the calling test (locally) or fails it (in CI) when it is not installed. */
    public static HeadlessBrowser start(String testName) throws IOException {
        return start(testName, null);
    }

    /** {@link #start(String)} for the application at {@code baseUrl}, e.g. {@code http://localhost:8080}. */
    public static HeadlessBrowser start(String testName, String baseUrl) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Headless browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + CHROMEDRIVER + ")";
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + ", and CI=true: install them (apt-get install chromium"
                    + " chromium-driver)");
        }
        if (!installed) {
            // Surefire and failsafe count a class skipped in @BeforeAll as "0 tests": say so in the build log.
            System.err.println("WARNING: " + missing + ": " + testName + " skipped (CI=true makes this a failure)");
        }
        Assumptions.assumeTrue(installed, missing + ": skipped");

        Path profileDir = Files.createTempDirectory("chest-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--user-data-dir=" + profileDir);
        // Keep the browser console, to find Content Security Policy violations in it.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessBrowser(profileDir, new ChromeDriver(service, options), baseUrl);
    }

    /** {@code path} (starting with a slash) in the application the browser was started for. */
    public String url(String path) {
        if (baseUrl == null) {
            throw new IllegalStateException("started without a base URL");
        }
        return baseUrl + path;
    }

    /** Opens {@code path} of the application and waits until its Vaadin page has settled. */
    public void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** The text of the page's {@code h1}, once it shows. */
    public String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    /** The session id the browser holds for the application. */
    public String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Signs in to the application the browser was started for; returns the heading of the page that follows. */
    public String signIn(String email, String password) {
        return signIn(url(""), email, password);
    }

    /** Opens the sign-in page at {@code baseUrl} and signs in; returns the heading of the page that follows. */
    public String signIn(String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        waitForLoginForm();
        type(By.cssSelector("vaadin-email-field input"), email);
        type(By.cssSelector("vaadin-password-field input"), password);
        signInButton().click();
        var heading = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[starts-with(normalize-space(.), 'Welcome')]")));
        waitForVaadin();
        return heading.getText();
    }

    public void waitForLoginForm() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-email-field input")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-password-field input")));
        waitForVaadin();
    }

    public WebElement signInButton() {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Sign in']")));
    }

    public void type(By locator, String text) {
        var input = wait.until(ExpectedConditions.elementToBeClickable(locator));
        input.clear();
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    /** Waits until Vaadin has no request in flight, web fonts are in and no transition is running. */
    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return false;
                const clients = Object.values(flow.clients);
                if (clients.length === 0 || clients.some(c => c.isActive && c.isActive())) return false;
                if (document.readyState !== 'complete' || document.fonts.status !== 'loaded') return false;
                return document.getAnimations().every(a => a.playState !== 'running');
                """)));
    }

    /** What the browser refused under the portal's Content Security Policy since the last call. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Waits for the page to load and, if it is a Vaadin page, for Vaadin to settle. */
    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        if (Boolean.TRUE.equals(driver.executeScript("return !!(window.Vaadin && window.Vaadin.Flow);"))) {
            waitForVaadin();
        }
    }

    /** Resizes the viewport, lets the layout settle, and saves a PNG of what a person would see. */
    public void screenshot(String name, int width, int height) throws IOException {
        resize(width, height);
        saveScreenshot(name);
    }

    /** Resizes the viewport and waits until the layout has settled at that width. */
    public void resize(int width, int height) {
        viewport(width, height);
        wait.until(d -> Long.valueOf(width).equals(((JavascriptExecutor) d).executeScript(
                "return window.innerWidth;")));
        // The app layout switches its drawer to an overlay below 800 px; wait until it has done so.
        boolean phone = width < 800;
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                return !layout || layout.hasAttribute('overlay') === arguments[0];
                """, phone)));
        waitForVaadin();
    }

    public void saveScreenshot(String name) throws IOException {
        saveScreenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    public void saveScreenshot(Path file) throws IOException {
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
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

package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The error pages over real HTTP, where Spring Security and the servlet answer before Vaadin's router: in headless
 * Chromium signed in as the demo applicant, and with plain requests for the status codes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class ErrorPagesIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private static Path profileDir;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("ErrorPagesIT needs Debian's chromium and chromium-driver");
        }
        if (!installed) {
            System.err.println("WARNING: no chromium/chromedriver: ErrorPagesIT skipped (CI=true makes this a failure)");
        }
        Assumptions.assumeTrue(installed, "no chromium: skipped");
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

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void signedInTheApplicantMeetsPlainErrorPagesWithTitles() throws Exception {
        signInAsTheApplicant();

        open("/review/1");
        assertThat(heading()).isEqualTo("You don't have access to this page");
        assertThat(driver.getTitle()).isEqualTo("You don't have access to this page · Community Chest");
        assertThat(driver.findElement(By.linkText("Go to your home page")).isDisplayed()).isTrue();

        for (String path : new String[] {"/applications/abc", "/no-such-page", "/admin/nothing/here"}) {
            open(path);
            assertThat(heading()).as(path).isEqualTo("Not found");
            assertThat(driver.getTitle()).as(path).isEqualTo("Not found · Community Chest");
            assertThat(driver.findElement(By.tagName("vaadin-app-layout")).isDisplayed()).as(path).isTrue();
        }

        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        var signedIn = get("/no-such-page", session);
        assertThat(signedIn.statusCode()).as("the servlet layer lets a signed-in request through to the portal")
                .isNotEqualTo(403);
        assertThat(signedIn.body()).doesNotContain("HTTP ERROR");

        driver.findElement(By.linkText("Go to your home page")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[starts-with(normalize-space(.), 'Welcome')]")));
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInForAnUnknownAddress() throws Exception {
        var response = get("/no-such-page", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private void signInAsTheApplicant() {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.cssSelector("vaadin-email-field input"), "applicant@example.org");
        type(By.cssSelector("vaadin-password-field input"), "chest-demo-2026");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Sign in']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[starts-with(normalize-space(.), 'Welcome')]")));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForVaadin();
    }

    private String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    private void type(By locator, String text) {
        var input = wait.until(ExpectedConditions.elementToBeClickable(locator));
        input.clear();
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    private void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return false;
                const clients = Object.values(flow.clients);
                return clients.length > 0 && !clients.some(c => c.isActive && c.isActive())
                    && document.readyState === 'complete';
                """)));
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try (var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Logger quiet(String name) {
        var logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}

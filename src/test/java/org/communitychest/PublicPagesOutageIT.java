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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages over real HTTP in headless Chromium while the database is away: the server answers the page
 * (200) and the browser shows the plain outage page, no stack trace; once the database is back the same address
 * shows the rounds again without a restart. Screenshots go to {@code target/screenshots/}. Shares its Spring
 * context with {@link BrowserLoginIT}; skipped without Chromium locally, a failure in CI ({@code CI=true}).
 */
@SpringBootTest(classes = {CommunityChestApplication.class, DatabaseOutage.Config.class},
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class PublicPagesOutageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private static Path profileDir;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    DatabaseOutage outage;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PublicPagesOutageIT needs Debian's chromium and chromium-driver");
        }
        if (!installed) {
            System.err.println("WARNING: no chromium/chromedriver: PublicPagesOutageIT skipped");
        }
        Assumptions.assumeTrue(installed, "needs chromium and chromium-driver");
        profileDir = Files.createTempDirectory("chest-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profileDir);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
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

    @AfterEach
    void databaseBack() {
        outage.end();
    }

    @Test
    void thePublicPagesShowThePlainOutagePageAndComeBackByThemselves() throws Exception {
        long round = jdbc.queryForObject("select min(id) from funding_round where status = 'OPEN'", Long.class);

        outage.begin();
        for (String path : new String[] {"funding", "funding/" + round}) {
            assertThat(httpStatus(path)).as("the server answers /%s", path).isEqualTo(200);
            driver.get(url(path));
            var heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(heading.getText()).as(path).isEqualTo("We can't reach the database");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("Please try again shortly").contains("Try again")
                    .doesNotContain("Exception").doesNotContain("There was an exception");
            assertThat(driver.getTitle()).isEqualTo("We can't reach the database · Community Chest");
            Files.write(SCREENSHOTS.resolve("outage-" + path.replace('/', '-') + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        }

        outage.end();
        driver.get(url("funding"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("Open funding rounds");
    }

    private int httpStatus(String path) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static Logger quiet(String name) {
        var logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}

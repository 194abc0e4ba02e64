package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

    @LocalServerPort
    int port;
    @Autowired
    DatabaseOutage outage;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseBack() {
        outage.end();
    }

    @Test
    void thePublicPagesShowThePlainOutagePageAndComeBackByThemselves() throws Exception {
        long round = jdbc.queryForObject("select min(id) from funding_round where status = 'OPEN'", Long.class);

        try (var browser = HeadlessBrowser.start("PublicPagesOutageIT", "http://localhost:" + port)) {
            outage.begin();
            for (String path : new String[] {"/funding", "/funding/" + round}) {
                assertThat(httpStatus(browser.url(path))).as("the server answers %s", path).isEqualTo(200);
                browser.driver().get(browser.url(path));
                assertThat(browser.heading()).as(path).isEqualTo("We can't reach the database");
                String page = browser.driver().findElement(By.tagName("body")).getText();
                assertThat(page).contains("Please try again shortly").contains("Try again")
                        .doesNotContain("Exception").doesNotContain("There was an exception");
                assertThat(browser.driver().getTitle()).isEqualTo("We can't reach the database · Community Chest");
                browser.saveScreenshot("outage" + path.replace('/', '-'));
            }

            outage.end();
            browser.driver().get(browser.url("/funding"));
            assertThat(browser.heading()).isEqualTo("Open funding rounds");
        }
    }

    private static int httpStatus(String url) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

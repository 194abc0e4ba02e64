package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The product is the packaged jar: started with {@code java -jar} from an empty directory, it must run in Vaadin's
 * production mode, let a person sign in, and keep demo data (with its published passwords) off unless asked for.
 */
class PackagedJarIT {

    private static HeadlessBrowser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessBrowser.start("PackagedJarIT");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void withDemoDataItServesInProductionModeAndADemoAccountSignsIn(@TempDir Path dir) throws Exception {
        try (var jar = PackagedJar.start(dir, Map.of(), "--chest.demo-data.enabled=true")) {
            assertThat(jar.awaitStarted()).as(jar.output()).isTrue();
            assertThat(jar.output()).contains("Vaadin is running in production mode")
                    .contains("Seeding demo data");
            assertThat(Files.isDirectory(dir.resolve("data"))).as("H2 files under the working directory").isTrue();

            assertThat(browser.signIn(jar.baseUrl(), "officer@example.org", "chest-demo-2026"))
                    .isEqualTo("Welcome, Priya Shah");
            browser.saveScreenshot("packaged-jar-officer-home");

            browser.driver().get(jar.baseUrl() + "/no-such-page");
            browser.waitForPage();
            browser.saveScreenshot("packaged-jar-unknown-page");
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.driver().getTitle()).isNotBlank();
            assertThat(page).doesNotContainIgnoringCase("available routes")
                    .doesNotContain("Exception").doesNotContain("at org.");

            var bootstrap = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bootstrap.statusCode()).isEqualTo(200);
            assertThat(bootstrap.body()).doesNotContain("vaadin-dev-tools").doesNotContain("@vite/client");
        }
    }

    @Test
    void aFreshInstallationWithoutSettingsRefusesToStartAndSaysWhatToSet(@TempDir Path dir) throws Exception {
        try (var jar = PackagedJar.start(dir, Map.of())) {
            assertThat(jar.awaitExit()).isNotZero();
            assertThat(jar.output()).contains("This installation has no administrator yet")
                    .contains("CHEST_SETUP_ADMIN_EMAIL").contains("--chest.demo-data.enabled=true")
                    .doesNotContain("Seeding demo data");
        }
        try (var jar = PackagedJar.start(dir, Map.of(
                "CHEST_SETUP_PARTNERSHIP_CODE", "NEL",
                "CHEST_SETUP_PARTNERSHIP_NAME", "North East London Test Partnership",
                "CHEST_SETUP_ADMIN_EMAIL", "first.admin@example.org",
                "CHEST_SETUP_ADMIN_NAME", "Fatima Ali",
                "CHEST_SETUP_ADMIN_PASSWORD", "a long first password"))) {
            assertThat(jar.awaitStarted()).as(jar.output()).isTrue();
            assertThat(jar.output()).doesNotContain("Seeding demo data");
            assertThat(browser.signIn(jar.baseUrl(), "first.admin@example.org", "a long first password"))
                    .isEqualTo("Welcome, Fatima Ali");
        }
    }
}

package org.communitychest.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.communitychest.CommunityChestApplication;
import org.communitychest.DatabaseOutage;
import org.communitychest.HeadlessBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officer's gap charts in Chromium, drawn by ECharts from the committed frontend bundle under the portal's
 * Content-Security-Policy: a matrix cell opened from the keyboard shows its history chart, and the map shows each
 * area. Screenshots at 1440 px go to {@code target/screenshots/}. Shares its Spring context with BrowserLoginIT.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, DatabaseOutage.Config.class},
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class GapChartsIT {

    private static HeadlessBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessBrowser.start("GapChartsIT");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.viewport(1440, 900);
        browser.driver().get("http://localhost:" + port + "/");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
    }

    @Test
    void aMatrixCellOpenedByKeyboardShowsItsHistoryChart() throws IOException {
        browser.viewport(1440, 900);
        browser.signIn("http://localhost:" + port, "officer@example.org", "chest-demo-2026");
        browser.driver().get("http://localhost:" + port + "/gaps");
        var cell = browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid.cc-gap-matrix vaadin-button.cc-gap-5")));
        browser.waitForVaadin();
        String name = cell.getAttribute("aria-label");
        assertThat(name).matches(".+ in .+: .*\\d+ unmet, .+");
        browser.script("arguments[0].focus()", cell);
        cell.sendKeys(Keys.ENTER);

        browser.await().until(ExpectedConditions.urlContains("cell="));
        var heading = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cc-gap-history h2")));
        assertThat(heading.getText()).isEqualTo(name.substring(0, name.indexOf(':')) + ": every period");
        assertThat(browser.script("return document.activeElement === arguments[0]", heading))
                .as("focus moves to the history").isEqualTo(true);
        var chart = browser.driver().findElement(By.cssSelector(".cc-gap-history cc-chart"));
        waitForSvg(chart, "path");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).startsWith("Chart of ");
        assertThat(svgTexts(chart)).contains("Unmet", "Referred", "Connected");
        browser.waitForVaadin();
        browser.screenshot("gaps-history-desktop", 1440, 900);

        browser.driver().navigate().refresh();
        waitForSvg(browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cc-gap-history cc-chart"))), "path");
    }

    @Test
    void theMapShadesEveryArea() throws IOException {
        browser.viewport(1440, 900);
        browser.signIn("http://localhost:" + port, "officer@example.org", "chest-demo-2026");
        browser.driver().get("http://localhost:" + port + "/gaps/map");
        var chart = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("cc-chart")));
        waitForSvg(chart, "path");
        long areas = (Long) browser.script("return arguments[0].shadowRoot.querySelectorAll('svg path').length",
                chart);
        assertThat(areas).as("a shape per area").isGreaterThanOrEqualTo(20);
        assertThat(svgTexts(chart)).anyMatch(text -> text.startsWith("Bow East"));
        browser.waitForVaadin();
        browser.screenshot("gaps-map-desktop", 1440, 900);
    }

    private static void waitForSvg(WebElement chart, String selector) {
        browser.await().until(d -> Boolean.TRUE.equals(browser.script(
                "return !!arguments[0].shadowRoot?.querySelector('svg " + selector + "')", chart)));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> svgTexts(WebElement chart) {
        return (java.util.List<String>) browser.script("return [...arguments[0].shadowRoot.querySelectorAll("
                + "'svg text')].map(t => t.textContent)", chart);
    }
}

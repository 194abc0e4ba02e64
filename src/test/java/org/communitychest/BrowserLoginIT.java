package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signs in as each demo account in headless Chromium, checks the home page, takes screenshots at desktop and phone
 * width into {@code target/screenshots/}, and signs out again. Shares its Spring context with
 * {@link PublicPagesOutageIT}.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, DatabaseOutage.Config.class},
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class BrowserLoginIT {

    private static final String PASSWORD = "chest-demo-2026";

    private static HeadlessBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessBrowser.start("BrowserLoginIT");
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
        browser.driver().get(url("/"));
        browser.driver().manage().deleteAllCookies();
    }

    /** Vaadin must work under the portal's Content Security Policy: the browser refuses nothing on any page. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the browser console").isEmpty();
    }

    @Test
    void publicFundingPage() throws IOException {
        browser.driver().get(url("/funding"));
        var heading = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        browser.waitForVaadin();
        assertThat(heading.getText()).isEqualTo("Open funding rounds");
        browser.screenshot("funding-desktop", 1440, 900);
    }

    @Test
    void loginPageAtDesktopAndPhoneWidth() throws IOException {
        openLogin();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.screenshot("login-desktop", 1440, 900);
        browser.screenshot("login-phone", 360, 780);
        assertThat(browser.signInButton().isDisplayed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "applicant, applicant@example.org, Amina Begum",
            "panellist, panellist@example.org, Tom Hughes",
            "officer,   officer@example.org,   Priya Shah",
            "admin,     admin@example.org,     Daniel Okafor"})
    void signInAndOut(String role, String email, String name) throws IOException {
        var heading = browser.signIn(url(""), email, PASSWORD);
        assertThat(heading).isEqualTo("Welcome, " + name);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");

        browser.screenshot(role + "-desktop", 1440, 900);
        browser.screenshot(role + "-phone", 360, 780);
        phoneMenu(role);

        // Sign out at phone width: the button must be reachable there too.
        var wait = browser.await();
        var signOut = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Sign out']")));
        signOut.click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.waitForLoginForm();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");

        // Signed out for real: the home page sends us back to the login page.
        browser.driver().get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.waitForLoginForm();
    }

    /** At phone width the navigation sits behind the menu button: open it, take a picture, close it again. */
    private void phoneMenu(String role) throws IOException {
        var driver = browser.driver();
        var wait = browser.await();
        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened');")));
        var home = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='Home']")));
        assertThat(home.isDisplayed()).isTrue();
        browser.waitForVaadin();
        Files.write(HeadlessBrowser.SCREENSHOTS.resolve(role + "-phone-menu.png"),
                driver.getScreenshotAs(OutputType.BYTES));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened');")));
        browser.waitForVaadin();
    }

    private void openLogin() {
        browser.driver().get(url("/login"));
        browser.waitForLoginForm();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

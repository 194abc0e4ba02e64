package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    @LocalServerPort
    int port;

    @Test
    void signedInTheApplicantMeetsPlainErrorPagesWithTitles() throws Exception {
        try (var browser = HeadlessBrowser.start("ErrorPagesIT", "http://localhost:" + port)) {
            browser.signIn("applicant@example.org", "chest-demo-2026");
            var driver = browser.driver();

            browser.open("/review/1");
            assertThat(browser.heading()).isEqualTo("You don't have access to this page");
            assertThat(driver.getTitle()).isEqualTo("You don't have access to this page · Community Chest");
            assertThat(driver.findElement(By.linkText("Go to your home page")).isDisplayed()).isTrue();

            for (String path : new String[] {"/applications/abc", "/no-such-page", "/admin/nothing/here"}) {
                browser.open(path);
                assertThat(browser.heading()).as(path).isEqualTo("Not found");
                assertThat(driver.getTitle()).as(path).isEqualTo("Not found · Community Chest");
                assertThat(driver.findElement(By.tagName("vaadin-app-layout")).isDisplayed()).as(path).isTrue();
            }

            var signedIn = get("/no-such-page", browser.sessionCookie());
            assertThat(signedIn.statusCode()).as("the servlet layer lets a signed-in request through to the portal")
                    .isNotEqualTo(403);
            assertThat(signedIn.body()).doesNotContain("HTTP ERROR");

            driver.findElement(By.linkText("Go to your home page")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//h1[starts-with(normalize-space(.), 'Welcome')]")));
        }
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInForAnUnknownAddress() throws Exception {
        var response = get("/no-such-page", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
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
}

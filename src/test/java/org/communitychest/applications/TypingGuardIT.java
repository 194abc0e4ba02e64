package org.communitychest.applications;

import org.communitychest.base.i18n.English;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communitychest.CommunityChestApplication;
import org.communitychest.HeadlessBrowser;
import org.communitychest.applications.ui.ApplicationsNavigation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In headless Chromium: text typed a moment before the tab is closed or reloaded makes the browser warn, and
 * stops doing so once the server holds it; leaving the field sends it at once.
 */
@SpringBootTest(classes = CommunityChestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class TypingGuardIT {

    /** Whether the page would ask "Leave site?" if it were closed now. */
    private static final String WOULD_WARN = """
            const e = new Event('beforeunload', { cancelable: true });
            window.dispatchEvent(e);
            return e.defaultPrevented;""";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void textTypedAMomentAgoMakesTheBrowserWarnUntilTheServerHoldsIt() throws Exception {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Typing round " + UUID.randomUUID());
        long group = fx.newGroup(ApplicationFixtures.AMINA, "Typing Trust " + UUID.randomUUID());
        long id = fx.as(ApplicationFixtures.AMINA, () -> fx.start(round, group, FormType.FULL));

        try (var browser = HeadlessBrowser.start("TypingGuardIT", "http://localhost:" + port)) {
            browser.signIn(ApplicationFixtures.AMINA, ApplicationFixtures.PASSWORD);
            browser.open("/" + ApplicationsNavigation.section(id, Section.ABOUT));
            var title = browser.driver().findElement(By.cssSelector("vaadin-text-field input"));
            assertThat(browser.script(WOULD_WARN)).as("nothing typed yet").isEqualTo(false);

            title.sendKeys("Quick");
            assertThat(browser.script(WOULD_WARN)).as("typed a moment ago, not yet on the server").isEqualTo(true);
            browser.await().until(d -> "Quick".equals(title(fx, id)));
            browser.waitForVaadin();
            assertThat(browser.script(WOULD_WARN)).as("the server holds it").isEqualTo(false);

            title.sendKeys(" brown fox", Keys.TAB);
            browser.await().until(d -> "Quick brown fox".equals(title(fx, id)));
            browser.waitForVaadin();
            assertThat(browser.script(WOULD_WARN)).isEqualTo(false);
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    @Test
    void aCapacityTooLargeToReadIsRefusedBesideTheFieldAndTheStoredAnswerKept() throws Exception {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Capacity round " + UUID.randomUUID());
        long group = fx.newGroup(ApplicationFixtures.AMINA, "Counting Club " + UUID.randomUUID());
        long id = fx.as(ApplicationFixtures.AMINA, () -> fx.start(round, group, FormType.FULL));

        try (var browser = HeadlessBrowser.start("TypingGuardIT", "http://localhost:" + port)) {
            browser.signIn(ApplicationFixtures.AMINA, ApplicationFixtures.PASSWORD);
            browser.open("/" + ApplicationsNavigation.section(id, Section.WHO));
            var capacity = browser.driver().findElement(By.cssSelector("vaadin-integer-field input"));
            capacity.sendKeys("20", Keys.TAB);
            browser.await().until(d -> Integer.valueOf(20).equals(capacity(fx, id)));

            capacity.sendKeys(Keys.END, "999999999", Keys.TAB);
            browser.await().until(d -> English.of(Answers.WhoItHelps.CAPACITY_RANGE).equals(browser.script(
                    "return document.querySelector('vaadin-integer-field').errorMessage;")));
            browser.waitForVaadin();
            assertThat(capacity(fx, id)).as("the stored answer is kept").isEqualTo(20);
            assertThat(browser.script(WOULD_WARN)).as("the refused number is not on the server").isEqualTo(true);
        }
    }

    private static Integer capacity(ApplicationFixtures fx, long id) {
        return fx.jdbc.queryForObject("select referral_capacity from application where id = ?", Integer.class, id);
    }

    private static String title(ApplicationFixtures fx, long id) {
        return fx.jdbc.queryForObject("select project_title from application where id = ?", String.class, id);
    }
}

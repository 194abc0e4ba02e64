package org.communitychest.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.base.PageLanguage;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Which language a page speaks: the browser's on a first visit, then the person's choice, remembered by a cookie,
 * and with their account once they have signed in, so that another browser gets it too.
 */
class LanguageChoiceViewTest extends KaribuTest {

    private static final Locale BENGALI_BROWSER = Locale.forLanguageTag("bn-BD");

    private static String heading() {
        return _get(H1.class).getText();
    }

    /** Clicks a language in the switch; the browser sends the cookie it gets back with every later request. */
    private static void choose(String languageName) {
        _click(_get(Button.class, spec -> spec.withText(languageName)));
        var cookie = languageCookie();
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (!(request instanceof FakeRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((FakeRequest) request).addCookie(new Cookie(cookie.getName(), cookie.getValue()));
    }

    /** The cookie the last response set, as the browser keeps it. */
    private static Cookie languageCookie() {
        ServletResponse response = VaadinServletResponse.getCurrent();
        while (!(response instanceof FakeResponse) && response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return ((FakeResponse) response).findCookie(PageLanguage.COOKIE);
    }

    private String storedLanguage(String email) {
        return jdbc.queryForObject("select language from app_user where email = ?", String.class, email);
    }

    @Test
    void aBrowserThatPrefersBengaliGetsBengaliOnTheFirstVisit() {
        browser = new Browser(BENGALI_BROWSER, List.of());
        logout();
        navigate("login");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("bn");
        assertThat(heading()).isEqualTo("সাইন ইন");
        assertThat(((LoginView) currentView()).email.getLabel()).isEqualTo("ইমেল ঠিকানা");
        assertThat(((LoginView) currentView()).getPageTitle()).isEqualTo("সাইন ইন · কমিউনিটি চেস্ট");
    }

    @Test
    void aBrowserWithNoLanguageThePortalSpeaksGetsBritishEnglish() {
        browser = new Browser(Locale.FRANCE, List.of());
        logout();
        navigate("login");

        assertThat(heading()).isEqualTo("Sign in");
    }

    @Test
    void englishChosenWithTheSwitchIsRememberedForTheNextVisit() {
        browser = new Browser(BENGALI_BROWSER, List.of());
        logout();
        navigate("login");
        assertThat(heading()).isEqualTo("সাইন ইন");

        choose("English");
        var cookie = languageCookie();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getMaxAge()).as("kept after the browser closes").isPositive();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        browser = new Browser(BENGALI_BROWSER, List.of(new Cookie(cookie.getName(), cookie.getValue())));
        logout();
        navigate("login");
        assertThat(heading()).as("the next visit, same browser").isEqualTo("Sign in");
    }

    @Test
    void signedInTheChoiceIsKeptWithTheAccountAndUsedAtTheNextSignInFromAnotherBrowser() {
        String email = uniqueEmail("bengali-reader");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Rahima Begum", null, Set.of(Role.APPLICANT), GOOD_PASSWORD));
        browser = new Browser(Locale.UK, List.of());
        logout();
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(heading()).isEqualTo("Welcome, Rahima Begum");

        choose("বাংলা");
        assertThat(storedLanguage(email)).isEqualTo("bn");

        logout();
        navigate("login");
        assertThat(heading()).as("another browser, no cookie, English preferred").isEqualTo("Sign in");
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("the account's language").isEqualTo("bn");
        _get(Button.class, spec -> spec.withText("সাইন আউট"));
    }

    @Test
    void aChoiceMadeBeforeSigningInIsKeptWithAnAccountThatHasNone() {
        String email = uniqueEmail("chose-first");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Sadia Ahmed", null, Set.of(Role.APPLICANT), GOOD_PASSWORD));
        browser = new Browser(Locale.UK, List.of());
        logout();
        navigate("login");
        choose("বাংলা");

        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(storedLanguage(email)).isEqualTo("bn");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("bn");
    }
}

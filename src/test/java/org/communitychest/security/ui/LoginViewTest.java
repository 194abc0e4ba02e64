package org.communitychest.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class LoginViewTest extends KaribuTest {

    static final String BAD = "That email and password do not match an account. Check them and try again, or reset"
            + " your password.";


    private LoginView openLogin() {
        navigate("login");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        return (LoginView) currentView();
    }

    private static void signIn(LoginView view, String email, String password) {
        _setValue(view.email, email);
        _setValue(view.password, password);
        _click(view.signIn);
    }

    @Test
    void goodPasswordLandsOnTheHomePageAndKeepsTheSignInInTheSession() {
        String sessionIdBefore = VaadinSession.getCurrent().getSession().getId();

        signIn(openLogin(), "officer@example.org", DEMO_PASSWORD);

        assertThat(currentPath()).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Priya Shah");
        var stored = (SecurityContext) VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getName()).isEqualTo("officer@example.org");
        assertThat(stored.getAuthentication().getCredentials()).isNull();
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("new session id after sign-in")
                .isNotEqualTo(sessionIdBefore);
    }

    @Test
    void emailIsNotCaseSensitive() {
        signIn(openLogin(), "  Officer@Example.ORG ", DEMO_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Priya Shah");
    }

    @Test
    void badPasswordShowsTheErrorAndStaysOnLogin() {
        var view = openLogin();
        signIn(view, "officer@example.org", "not-the-password");

        assertThat(currentView()).isSameAs(view);
        assertThat(view.alertText()).isEqualTo(BAD);
        assertThat(view.password.getValue()).as("password is cleared").isEmpty();
        assertThat(view.signIn.isEnabled()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsABadPassword() {
        String email = uniqueEmail("nobody");
        var view = openLogin();
        signIn(view, email, "whatever-password");

        assertThat(currentView()).isSameAs(view);
        assertThat(view.alertText()).isEqualTo(BAD);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor = ?",
                Long.class, email)).as("the failed attempt is recorded").isEqualTo(1);
    }

    @Test
    void emptyFieldsAreRefusedWithoutAsking() {
        var view = openLogin();
        _click(view.signIn);
        assertThat(view.alertText()).isEqualTo("Enter your email address and password.");
        assertThat(currentView()).isSameAs(view);
    }

    @Test
    void fiveFailuresPauseSignInEvenWithTheRightPasswordUntilAnAttemptIsAllowedAgain() {
        String email = uniqueEmail("throttled");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Tess Throttle", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        clock.freezeAt(Instant.parse("2026-05-04T10:00:00Z"));
        var view = openLogin();
        for (int i = 1; i <= 5; i++) {
            signIn(view, email, "wrong-password-" + i);
            assertThat(view.alertText()).as("attempt %d", i).isEqualTo(BAD);
        }

        signIn(view, email, GOOD_PASSWORD);

        assertThat(currentView()).isSameAs(view);
        assertThat(view.alertText()).isEqualTo("Too many failed attempts. For your safety, signing in to this account"
                + " is paused for 3 minutes. You can reset your password instead.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        clock.advance(Duration.ofMinutes(2));
        signIn(view, email, GOOD_PASSWORD);
        assertThat(view.alertText()).contains("paused for 1 minute.");

        clock.advance(Duration.ofSeconds(59));
        signIn(view, email, GOOD_PASSWORD);
        assertThat(view.alertText()).contains("paused for 1 minute.");

        clock.advance(Duration.ofSeconds(1));
        signIn(view, email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Tess Throttle");
    }

    @Test
    void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() {
        String email = uniqueEmail("careless");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Carl Careless", thtId(), Set.of(Role.PANELLIST), GOOD_PASSWORD));
        var view = openLogin();
        for (int i = 1; i <= 4; i++) {
            signIn(view, email, "wrong-password-" + i);
        }
        signIn(view, email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Carl Careless");

        logout();
        view = openLogin();
        for (int i = 1; i <= 4; i++) {
            signIn(view, email, "wrong-password-" + i);
        }
        signIn(view, email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).as("the earlier failures were forgotten")
                .isEqualTo("Welcome, Carl Careless");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        String email = uniqueEmail("slow");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Sam Slow", thtId(), Set.of(Role.PANELLIST), GOOD_PASSWORD));
        var view = openLogin();
        for (int i = 1; i <= 4; i++) {
            signIn(view, email, "wrong-password-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        signIn(view, email, "wrong-password-5");
        assertThat(view.alertText()).isEqualTo(BAD);

        signIn(view, email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Sam Slow");
    }

    @Test
    void aRefusedFormPostIsExplainedOnThePageOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException(BAD));
        navigate("login?error");
        assertThat(((LoginView) currentView()).alertText()).isEqualTo(BAD);

        navigate("forgot-password");
        navigate("login?error");
        assertThat(((LoginView) currentView()).alertText()).as("shown once").isEmpty();

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new InternalAuthenticationServiceException("Connection refused"));
        navigate("forgot-password");
        navigate("login?error");
        assertThat(((LoginView) currentView()).alertText()).as("no technical detail")
                .isEqualTo("We could not check your sign-in just now. Please try again in a moment.");
    }

    @Test
    void signedInVisitorOfTheLoginPageGoesHome() {
        loginAs("panellist@example.org");
        navigate("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Tom Hughes");
    }
}

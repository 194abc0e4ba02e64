package org.communitychest.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.communitychest.security.SignIn;
import org.communitychest.security.SignInResult.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;

/** "Forgotten your password?": the request form, the emailed one-time link and the new-password form. */
class PasswordResetViewTest extends KaribuTest {

    static final String NEW_PASSWORD = "lantern-meadow-copper-7";

    @Autowired
    SignIn signIn;

    private String accountWithPassword(String prefix) {
        String email = uniqueEmail(prefix);
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Rita Reset", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        return email;
    }

    private void askForLink(String email) {
        navigate("forgot-password");
        var view = (ForgotPasswordView) currentView();
        _setValue(view.email, email);
        _click(view.send);
    }

    private ResetPasswordView chooseNewPassword(String location, String password, String again) {
        navigate(location);
        var view = (ResetPasswordView) currentView();
        _setValue(view.password, password);
        _setValue(view.confirmPassword, again);
        _click(view.save);
        return view;
    }

    @Test
    void resetByEmailedLinkThenOnlyTheNewPasswordWorks() {
        String email = accountWithPassword("rita");
        askForLink(email);
        assertThat(_get(H1.class).getText()).isEqualTo("Reset link queued");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).as("no SMTP host: nothing was emailed")
                .containsExactly("If " + email + " has an account, it gets a link to reset the password. The link"
                        + " works once, for 1 hour.", "The link is queued; it will be sent when mail is set up on this"
                        + " portal.");

        var mail = latestMailTo(email);
        assertThat(mail.template()).isEqualTo("password-reset");
        assertThat(mail.partnershipId()).isEqualTo(thtId());
        assertThat(mail.link()).startsWith("http://localhost:8080/reset-password?token=");

        chooseNewPassword(mail.location(), NEW_PASSWORD, NEW_PASSWORD);
        var login = (LoginView) currentView();
        assertThat(login.alertText()).isEqualTo("Your password has been changed. Sign in with your new password.");

        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).outcome()).as("old password")
                .isEqualTo(Outcome.BAD_CREDENTIALS);
        _setValue(login.email, email);
        _setValue(login.password, NEW_PASSWORD);
        _click(login.signIn);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Rita Reset");

        logout();
        navigate(mail.location());
        assertThat(_get(H1.class).getText()).as("used link").isEqualTo("This link does not work");
    }

    @Test
    void linkOlderThanAnHourDoesNotWork() {
        String email = accountWithPassword("slow-reset");
        askForLink(email);
        var mail = latestMailTo(email);

        clock.advance(Duration.ofMinutes(61));
        navigate(mail.location());

        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).succeeded()).as("password unchanged").isTrue();
    }

    @Test
    void linkThatExpiresWhileTheFormIsOpenDoesNotWork() {
        String email = accountWithPassword("open-form");
        askForLink(email);
        var mail = latestMailTo(email);
        navigate(mail.location());
        var view = (ResetPasswordView) currentView();

        clock.advance(Duration.ofMinutes(61));
        _setValue(view.password, NEW_PASSWORD);
        _setValue(view.confirmPassword, NEW_PASSWORD);
        _click(view.save);

        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        assertThat(signIn.signIn(email, NEW_PASSWORD, clientAddress).succeeded()).isFalse();
    }

    @Test
    void anEarlierLinkStopsWorkingWhenANewOneIsSent() {
        String email = accountWithPassword("twice");
        askForLink(email);
        var first = latestMailTo(email);
        askForLink(email);
        var second = latestMailTo(email);

        navigate(first.location());
        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        chooseNewPassword(second.location(), NEW_PASSWORD, NEW_PASSWORD);
        assertThat(signIn.signIn(email, NEW_PASSWORD, clientAddress).succeeded()).isTrue();
    }

    @Test
    void weakNewPasswordIsRefusedAndTheLinkStillWorks() {
        String email = accountWithPassword("weak-reset");
        askForLink(email);
        var mail = latestMailTo(email);

        var view = chooseNewPassword(mail.location(), "short", "short");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("Use at least 10 characters.");

        _setValue(view.password, NEW_PASSWORD);
        _setValue(view.confirmPassword, "something-else-entirely");
        _click(view.save);
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The two passwords are not the same");
        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).succeeded()).as("password unchanged").isTrue();

        _setValue(view.confirmPassword, NEW_PASSWORD);
        _click(view.save);
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(signIn.signIn(email, NEW_PASSWORD, clientAddress).succeeded()).isTrue();
    }

    @Test
    void unknownEmailGetsTheSameAnswerAndNoMail() {
        long mails = mailCount();
        askForLink(uniqueEmail("stranger"));
        assertThat(_get(H1.class).getText()).isEqualTo("Reset link queued");
        assertThat(mailCount()).isEqualTo(mails);
    }

    @Test
    void malformedEmailIsRefusedBesideTheField() {
        long mails = mailCount();
        navigate("forgot-password");
        var view = (ForgotPasswordView) currentView();
        _setValue(view.email, "not an email");
        _click(view.send);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo(
                "Enter an email address in the right format, like name@example.org");
        assertThat(mailCount()).isEqualTo(mails);
    }

    @Test
    void resetLiftsASignInLock() {
        String email = accountWithPassword("locked-out");
        for (int i = 0; i < 5; i++) {
            signIn.signIn(email, "wrong-" + i, clientAddress);
        }
        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).outcome()).isEqualTo(Outcome.LOCKED);

        askForLink(email);
        chooseNewPassword(latestMailTo(email).location(), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(signIn.signIn(email, NEW_PASSWORD, clientAddress).succeeded()).isTrue();
    }

    @Test
    void tenRequestsInTwelveSecondsSendThreeMailsAndThenSayHowLongToWait() {
        String email = accountWithPassword("flooded");
        long mails = mailCount();
        for (int i = 1; i <= 3; i++) {
            askForLink(email);
            assertThat(_get(H1.class).getText()).as("request %d", i).isEqualTo("Reset link queued");
            clock.advance(Duration.ofSeconds(1));
        }
        var firstLinks = latestMailTo(email);
        for (int i = 4; i <= 10; i++) {
            askForLink(email);
            var view = (ForgotPasswordView) currentView();
            assertThat(view.email.getErrorMessage()).as("request %d", i).startsWith("We have had several requests for"
                    + " this email address in the last hour. Look for the newest email from us, or ask again in");
            assertThat(view.email.getValue()).isEqualTo(email);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(mailCount() - mails).isEqualTo(3);
        assertThat(((ForgotPasswordView) currentView()).email.getErrorMessage()).endsWith("ask again in 20 minutes.");
        assertThat(latestMailTo(email).id()).as("the newest link still works").isEqualTo(firstLinks.id());
        chooseNewPassword(firstLinks.location(), NEW_PASSWORD, NEW_PASSWORD);
        assertThat(((LoginView) currentView()).alertText()).startsWith("Your password has been changed");

        clock.advance(Duration.ofMinutes(20));
        askForLink(email);
        assertThat(_get(H1.class).getText()).isEqualTo("Reset link queued");
    }

    @Test
    void requestsForAddressesWithoutAccountsCountTooSoTheAnswerTellsNothing() {
        String stranger = uniqueEmail("stranger");
        for (int i = 1; i <= 3; i++) {
            askForLink(stranger);
        }
        askForLink(stranger);
        assertThat(((ForgotPasswordView) currentView()).email.getErrorMessage())
                .startsWith("We have had several requests for this email address in the last hour.");
    }

    @Test
    void oneNetworkCanAskForTenLinksAnHourWhateverTheAddresses() {
        for (int i = 1; i <= 10; i++) {
            askForLink(uniqueEmail("sprayed"));
            assertThat(_get(H1.class).getText()).as("request %d", i).isEqualTo("Reset link queued");
        }
        String email = accountWithPassword("victim");
        long mails = mailCount();
        askForLink(email);
        assertThat(((ForgotPasswordView) currentView()).email.getErrorMessage()).isEqualTo("There have been a lot of"
                + " requests from your network in the last hour. Please wait 6 minutes and try again.");
        assertThat(mailCount()).isEqualTo(mails);

        clientAddress = "203.0.113.50";
        askForLink(email);
        assertThat(_get(H1.class).getText()).as("the owner, elsewhere, still gets a link")
                .isEqualTo("Reset link queued");
        assertThat(mailCount()).isEqualTo(mails + 1);
    }

    @Test
    void aResetEndsThePersonsOtherSessions() {
        String email = accountWithPassword("shared-laptop");
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(sessionsOf(id)).hasSize(1).noneMatch(SessionInformation::isExpired);

        logout();
        askForLink(email);
        chooseNewPassword(latestMailTo(email).location(), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(sessionsOf(id)).hasSize(1).allMatch(SessionInformation::isExpired);
    }

    @Test
    void aLongPassphraseCanBeChosen() {
        String email = accountWithPassword("passphrase");
        String bengali = "আমার বাড়ি টাওয়ার হ্যামলেটসে আমি খুব ভালোবাসি";
        askForLink(email);
        chooseNewPassword(latestMailTo(email).location(), bengali, bengali);

        assertThat(((LoginView) currentView()).alertText()).startsWith("Your password has been changed");
        assertThat(signIn.signIn(email, bengali, clientAddress).succeeded()).isTrue();
    }
}

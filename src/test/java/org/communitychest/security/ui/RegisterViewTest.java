package org.communitychest.security.ui;

import org.communitychest.base.i18n.English;
import org.communitychest.base.SystemActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.KaribuTest;
import org.communitychest.base.Language;
import org.communitychest.security.Accounts;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;

/** Self-registration: the form, its messages, the verification email and link, and signing in afterwards. */
class RegisterViewTest extends KaribuTest {

    @Autowired
    private Accounts accounts;

    private RegisterView fillIn(String name, String email, String password, String confirmPassword) {
        navigate("register");
        var view = (RegisterView) currentView();
        _setValue(view.name, name);
        _setValue(view.email, email);
        _setValue(view.password, password);
        _setValue(view.confirmPassword, confirmPassword);
        return view;
    }

    private static String cardText() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void inBengaliTheFormSpeaksBengaliAndTheNewAccountKeepsTheLanguageForItsMails() {
        browser = new Browser(Locale.forLanguageTag("bn"), List.of());
        logout();
        var view = fillIn("", "", "", "");
        assertThat(_get(H1.class).getText()).isEqualTo("অ্যাকাউন্ট খুলুন");
        assertThat(view.name.getLabel()).isEqualTo("আপনার নাম");
        assertThat(view.password.getHelperText()).isEqualTo("কমপক্ষে 10টি অক্ষর। এলোমেলো তিনটি শব্দ দিলে ভালো হয়।");

        _setValue(view.email, "nope");
        _click(view.create);
        assertThat(view.name.getErrorMessage()).isEqualTo("আপনার নাম লিখুন");
        assertThat(view.email.getErrorMessage()).isEqualTo("ইমেল ঠিকানা ঠিকভাবে লিখুন, যেমন name@example.org");
        assertThat(view.alertText()).isEqualTo("চিহ্ন দেওয়া উত্তরগুলো ঠিক করুন।");
        assertThat(view.email.getValue()).as("nothing typed is lost").isEqualTo("nope");

        String email = uniqueEmail("bengali");
        _setValue(view.name, "Rahima Begum");
        _setValue(view.email, email);
        _setValue(view.password, GOOD_PASSWORD);
        _setValue(view.confirmPassword, GOOD_PASSWORD);
        _click(view.create);
        assertThat(_get(H1.class).getText()).isEqualTo("আপনার ইমেল ঠিকানা নিশ্চিত করতে হবে");
        assertThat(jdbc.queryForObject("select language from app_user where email = ?", String.class, email))
                .isEqualTo("bn");
        assertThat(accounts.languageFor(email, Language.ENGLISH)).isEqualTo(Language.BENGALI);
    }

    @Test
    void anAccountRegisteredInEnglishKeepsEnglish() {
        String email = uniqueEmail("english");
        _click(fillIn("Emma English", email, GOOD_PASSWORD, GOOD_PASSWORD).create);
        assertThat(accounts.languageFor(email, Language.BENGALI)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void registerConfirmTheEmailThenSignIn() {
        String email = uniqueEmail("amira");
        var form = fillIn("Amira Khan", email, GOOD_PASSWORD, GOOD_PASSWORD);
        _click(form.create);

        assertThat(_get(H1.class).getText()).isEqualTo("Your email address needs confirming");
        assertThat(cardText()).as("no SMTP host: nothing was emailed").isEqualTo("An email to " + email + " is"
                + " queued; it will be sent when mail is set up on this portal.\n"
                + English.of("account.register.no-mail-yet"))
                .as("not the email's own promise of a link that works for 24 hours").doesNotContain("24 hours");
        var first = latestMailTo(email);
        assertThat(first.template()).isEqualTo("verification");
        assertThat(first.subject()).isEqualTo("Confirm your email address for Community Chest");
        assertThat(first.text()).contains("Amira Khan");
        assertThat(first.link()).startsWith("http://localhost:8080/verify-email?token=");

        var login = LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(currentView()).as("refused before verifying").isSameAs(login);
        assertThat(login.alertText()).isEqualTo("Please confirm your email address first. Mail is not set up on this"
                + " portal yet, so the link cannot reach you: ask the partnership whose round you want to apply to,"
                + " and one of its administrators can confirm your address.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(latestMailTo(email).id()).as("no new mail within 10 minutes of the last").isEqualTo(first.id());

        clock.advance(Duration.ofMinutes(11));
        LoginPage.signIn(email, GOOD_PASSWORD);
        var second = latestMailTo(email);
        assertThat(second.id()).as("a new verification mail").isNotEqualTo(first.id());

        navigate(first.location());
        assertThat(_get(H1.class).getText()).as("the first link was replaced by the second")
                .isEqualTo("This link does not work");

        navigate(second.location());
        var afterVerifying = (LoginView) currentView();
        assertThat(afterVerifying.alertText()).isEqualTo("Your email address is confirmed. You can sign in now.");

        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Amira Khan");

        logout();
        navigate(second.location());
        assertThat(_get(H1.class).getText()).as("a used link").isEqualTo("This link does not work");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void withNoSmtpHostTheWorkingLinkIsWrittenToTheLogWhenTheMailIsQueued(CapturedOutput output) {
        String email = uniqueEmail("logged");
        _click(fillIn("Lola Logged", email, GOOD_PASSWORD, GOOD_PASSWORD).create);

        var mail = latestMailTo(email);
        assertThat(jdbc.queryForObject("select text_body from mail_message where id = ?", String.class, mail.id()))
                .as("the mail log's text keeps no live link").doesNotContain(mail.token());
        assertThat(output.getOut()).contains("No SMTP host is configured, so mail " + mail.id() + " is not sent. To "
                + email + ", subject \"Confirm your email address for Community Chest\"")
                .contains(mail.link());

        logout();
        navigate(mail.location());
        assertThat(((LoginView) currentView()).alertText()).as("the link from the log works")
                .isEqualTo("Your email address is confirmed. You can sign in now.");
    }

    @Test
    void verificationLinkExpiresAfter24Hours() {
        String email = uniqueEmail("late");
        _click(fillIn("Lee Late", email, GOOD_PASSWORD, GOOD_PASSWORD).create);
        var mail = latestMailTo(email);

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        navigate(mail.location());

        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        assertThat(LoginPage.signIn(email, GOOD_PASSWORD).alertText())
                .startsWith("Please confirm your email address first");
    }

    @Test
    void aMadeUpTokenDoesNotWork() {
        navigate("verify-email?token=made-up-token");
        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        navigate("verify-email");
        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
    }

    private void assertRefused(RegisterView view, HasValidation field, String message, long usersBefore,
            long mailsBefore) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        assertThat(view.alertText()).isEqualTo("Please correct the highlighted answers.");
        assertThat(currentView()).as("the form stays, with what was typed").isSameAs(view);
        assertThat(userCount()).as("no account saved").isEqualTo(usersBefore);
        assertThat(mailCount()).as("no mail queued").isEqualTo(mailsBefore);
    }

    @Test
    void malformedEmailIsRefusedBesideTheField() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("Ola Nowak", "ola.nowak@@example", GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        assertRefused(view, view.email, "Enter an email address in the right format, like name@example.org", users,
                mails);
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(view.name.getValue()).isEqualTo("Ola Nowak");
    }

    @Test
    void weakPasswordsAreRefusedBesideTheField() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("Wes Weak", uniqueEmail("weak"), "password123", "password123");
        _click(view.create);
        assertRefused(view, view.password,
                "This password is too easy to guess. Three random words make a strong password.", users, mails);

        _setValue(view.password, "short");
        _setValue(view.confirmPassword, "short");
        _click(view.create);
        assertRefused(view, view.password,
                "Use at least 10 characters. Three random words make a strong password that is easy to remember.",
                users, mails);
    }

    @Test
    void passwordContainingTheEmailIsRefused() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("Pat Email", "patricia.email@example.org", "patricia.email-2026", "patricia.email-2026");
        _click(view.create);
        assertRefused(view, view.password, "Your password must not contain your email address", users, mails);
    }

    @Test
    void anEmailThatHasAnAccountGetsTheSameAnswerAndItsOwnerAnEmailInstead() {
        String newcomer = uniqueEmail("newcomer");
        _click(fillIn("Nia Newcomer", newcomer, GOOD_PASSWORD, GOOD_PASSWORD).create);
        String answerForANewAddress = cardText().replace(newcomer, "ADDRESS");

        String owner = uniqueEmail("owner");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(owner, "Olu Owner", null, Set.of(Role.APPLICANT), GOOD_PASSWORD));
        long users = userCount();
        logout();
        var view = fillIn("Someone Else", owner, "someone-elses-passphrase-7", "someone-elses-passphrase-7");
        _click(view.create);

        assertThat(_get(H1.class).getText()).isEqualTo("Your email address needs confirming");
        assertThat(cardText().replace(owner, "ADDRESS")).as("the same answer")
                .isEqualTo(answerForANewAddress);
        assertThat(userCount()).as("no second account").isEqualTo(users);
        var mail = latestMailTo(owner);
        assertThat(mail.template()).isEqualTo("account-exists");
        assertThat(mail.subject()).isEqualTo("Someone tried to create a Community Chest account with your email"
                + " address");
        assertThat(mail.text()).contains("Hello Olu Owner", "http://localhost:8080/login",
                "http://localhost:8080/forgot-password", "If it was not you, ignore this email");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action ="
                + " 'REGISTRATION_FOR_EXISTING_ACCOUNT' and actor = ?", Long.class, owner)).isEqualTo(1);

        loginAs(owner, GOOD_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).as("the owner's password"
                + " still works").isEqualTo(owner);
    }

    @Test
    void registeringAgainBeforeConfirmingSendsANewConfirmationLink() {
        String email = uniqueEmail("forgetful");
        _click(fillIn("Fola Forgetful", email, GOOD_PASSWORD, GOOD_PASSWORD).create);
        var first = latestMailTo(email);
        long users = userCount();

        logout();
        _click(fillIn("Fola Forgetful", email, GOOD_PASSWORD, GOOD_PASSWORD).create);

        assertThat(_get(H1.class).getText()).isEqualTo("Your email address needs confirming");
        assertThat(userCount()).isEqualTo(users);
        var second = latestMailTo(email);
        assertThat(second.template()).isEqualTo("verification");
        assertThat(second.id()).isNotEqualTo(first.id());
        navigate(second.location());
        assertThat(((LoginView) currentView()).alertText())
                .isEqualTo("Your email address is confirmed. You can sign in now.");
    }

    @Test
    void registeringTheSameAddressAgainAndAgainSendsThreeMailsAnHour() {
        String email = uniqueEmail("flooded");
        var view = fillIn("Fay Flood", email, GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        for (int i = 2; i <= 3; i++) {
            logout();
            _click(fillIn("Fay Flood", email, GOOD_PASSWORD, GOOD_PASSWORD).create);
            assertThat(_get(H1.class).getText()).isEqualTo("Your email address needs confirming");
        }
        long mails = mailCount();
        logout();
        view = fillIn("Fay Flood", email, GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        assertThat(view.email.getErrorMessage()).isEqualTo("We have had several requests for this email address in"
                + " the last hour. Look for the newest email from us, or ask again in 20 minutes.");
        assertThat(currentView()).as("the form stays, with what was typed").isSameAs(view);
        assertThat(view.name.getValue()).isEqualTo("Fay Flood");
        assertThat(mailCount()).isEqualTo(mails);
        assertThat(mailsTo(email)).isEqualTo(3);
    }

    @Test
    void oneNetworkCanAskForTenAccountsAnHour() {
        for (int i = 1; i <= 10; i++) {
            logout();
            _click(fillIn("Bulk " + i, uniqueEmail("bulk"), GOOD_PASSWORD, GOOD_PASSWORD).create);
            assertThat(_get(H1.class).getText()).as("request %d", i).isEqualTo("Your email address needs confirming");
        }
        long users = userCount();
        logout();
        var view = fillIn("Bulk 11", uniqueEmail("bulk"), GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        assertThat(view.email.getErrorMessage()).isEqualTo("There have been a lot of requests from your network in"
                + " the last hour. Please wait 6 minutes and try again.");
        assertThat(userCount()).isEqualTo(users);

        clientAddress = "198.51.100.7";
        _click(view.create);
        assertThat(_get(H1.class).getText()).as("another network is not held up").isEqualTo("Your email address needs confirming");
    }

    @Test
    void longPassphrasesAreAcceptedInAnyScript() {
        String eighty = "the quiet heron waits by the canal at mile end while the kettle sings, 80 chars!";
        String bengali = "আমার বাড়ি টাওয়ার হ্যামলেটসে আমি খুব ভালোবাসি";
        for (String passphrase : new String[] {eighty, bengali}) {
            logout();
            String email = uniqueEmail("phrase");
            var view = fillIn("Rahima Begum", email, passphrase, passphrase);
            _click(view.create);
            assertThat(_get(H1.class).getText()).as(passphrase).isEqualTo("Your email address needs confirming");

            navigate(latestMailTo(email).location());
            LoginPage.signIn(email, passphrase);
            assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Rahima Begum");
        }
    }

    @Test
    void tenThousandCharacterNameIsRefused() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("x".repeat(10_000), uniqueEmail("long"), GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        assertRefused(view, view.name, "Your name must be 100 characters or fewer (it has 10,000)", users, mails);
    }

    @Test
    void passwordsThatDifferAreRefused() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("Dee Differ", uniqueEmail("differ"), GOOD_PASSWORD, GOOD_PASSWORD + "x");
        _click(view.create);
        assertRefused(view, view.confirmPassword, "The two passwords are not the same", users, mails);
    }

    @Test
    void everyProblemIsShownAtOnce() {
        long users = userCount();
        long mails = mailCount();
        var view = fillIn("", "nope", "", "");
        _click(view.create);
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter your name");
        assertThat(view.email.getErrorMessage()).isEqualTo(
                "Enter an email address in the right format, like name@example.org");
        assertThat(view.password.getErrorMessage()).isEqualTo("Choose a password");
        assertThat(userCount()).isEqualTo(users);
        assertThat(mailCount()).isEqualTo(mails);

        _setValue(view.name, "Now Fine");
        _setValue(view.email, uniqueEmail("fine"));
        _setValue(view.password, GOOD_PASSWORD);
        _setValue(view.confirmPassword, GOOD_PASSWORD);
        _click(view.create);
        assertThat(_get(H1.class).getText()).isEqualTo("Your email address needs confirming");
        assertThat(userCount()).isEqualTo(users + 1);
    }
}

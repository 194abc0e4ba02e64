package org.communitychest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.Message;
import org.communitychest.base.i18n.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    private static Map<String, String> email(String email) {
        var errors = new LinkedHashMap<String, Message>();
        AccountRules.checkEmail(AccountRules.normaliseEmail(email), errors);
        return english(errors);
    }

    private static Map<String, String> password(String password, String email) {
        var errors = new LinkedHashMap<String, Message>();
        AccountRules.checkPassword(password, email, errors);
        return english(errors);
    }

    private static Map<String, String> english(Map<String, Message> errors) {
        var texts = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> texts.put(field, English.of(message)));
        return texts;
    }

    @Test
    void normalisesEmailsToTrimmedLowerCase() {
        assertThat(AccountRules.normaliseEmail("  Amina.Begum@Example.ORG ")).isEqualTo("amina.begum@example.org");
        assertThat(AccountRules.normaliseEmail(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example.org", "first.last+grants@sub.example.co.uk", "o'brien@example.ie",
        "x@a-b.org"})
    void acceptsGoodEmails(String good) {
        assertThat(email(good)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "name@", "@example.org", "name@example", "name@@example.org",
        "name@exa mple.org", "name..dots@example.org", "name@-example.org", "name@example..org"})
    void refusesMalformedEmails(String bad) {
        assertThat(email(bad)).containsEntry("email",
                "Enter an email address in the right format, like name@example.org");
    }

    @Test
    void refusesEmptyAndOverlongEmails() {
        assertThat(email("  ")).containsEntry("email", "Enter your email address");
        assertThat(email("a".repeat(250) + "@example.org")).containsKey("email");
    }

    @Test
    void acceptsAStrongPassword() {
        assertThat(password("kettle-harbour-violet", "amina@example.org")).isEmpty();
    }

    @Test
    void passwordRules() {
        assertThat(password(null, "a@example.org")).containsEntry("password", "Choose a password");
        assertThat(password("", "a@example.org")).containsEntry("password", "Choose a password");
        assertThat(password("short-pw1", "a@example.org")).containsEntry("password",
                "Use at least 10 characters. Three random words make a strong password that is easy to remember.");
        assertThat(password("a1b2c3d4e5", "a@example.org")).as("exactly 10").isEmpty();
        assertThat(password("x".repeat(129), "a@example.org"))
                .containsEntry("password", "Use 128 characters or fewer");
        assertThat(password("Password123", "a@example.org")).as("common, any case")
                .containsEntry("password",
                        "This password is too easy to guess. Three random words make a strong password.");
        assertThat(password("abababababab", "a@example.org")).as("too few different characters")
                .containsKey("password");
        assertThat(password("my-amina.begum-secret", "amina.begum@example.org"))
                .containsEntry("password", "Your password must not contain your email address");
        assertThat(password("bob-is-a-builder-2026", "bob@example.org")).as("short local parts are not checked")
                .isEmpty();
    }

    @Test
    void nameRules() {
        var errors = new LinkedHashMap<String, Message>();
        AccountRules.checkName("", errors);
        assertThat(english(errors)).containsEntry("name", "Enter your name");
        errors.clear();
        AccountRules.checkName("x".repeat(100), errors);
        assertThat(errors).isEmpty();
        AccountRules.checkName("x".repeat(101), errors);
        assertThat(english(errors)).containsEntry("name", "Your name must be 100 characters or fewer (it has 101)");
    }
}

package org.communitychest.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.communitychest.base.Message;

/** The rules for emails, names and passwords, with the messages shown beside the field. */
final class AccountRules {

    static final int MAX_NAME = 100;
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
            "password1234", "1234567890", "12345678910", "qwertyuiop", "qwerty1234", "iloveyou12", "letmein123",
            "welcome123", "abcdefghij", "abc1234567", "passw0rd12", "football12", "community1", "communitychest",
            "0987654321", "1111111111", "chestchest");

    private AccountRules() {
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whose name and email a form asks for: the person filling it in, or someone they invite. */
    enum Whose { OWN, INVITEE }

    static void checkEmail(String email, Map<String, Message> errors) {
        checkEmail(email, Whose.OWN, errors);
    }

    static void checkEmail(String email, Whose whose, Map<String, Message> errors) {
        if (email.isEmpty()) {
            errors.put("email", Message.of(whose == Whose.OWN ? "account.rules.email-required"
                    : "account.rules.invitee-email-required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.contains("..")) {
            errors.put("email", Message.of("account.rules.email-format"));
        }
    }

    static void checkName(String name, Map<String, Message> errors) {
        checkName(name, Whose.OWN, errors);
    }

    static void checkName(String name, Whose whose, Map<String, Message> errors) {
        if (name.isEmpty()) {
            errors.put("name", Message.of(whose == Whose.OWN ? "account.rules.name-required"
                    : "account.rules.invitee-name-required"));
        } else if (name.length() > MAX_NAME) {
            errors.put("name", Message.of(whose == Whose.OWN ? "account.rules.name-too-long"
                    : "account.rules.invitee-name-too-long", MAX_NAME, name.length()));
        }
    }

    static void checkPassword(String password, String email, Map<String, Message> errors) {
        if (password == null || password.isEmpty()) {
            errors.put("password", Message.of("account.rules.password-required"));
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (password.length() < MIN_PASSWORD) {
            errors.put("password", Message.of("account.rules.password-too-short", MIN_PASSWORD));
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", Message.of("account.rules.password-too-long", MAX_PASSWORD));
        } else if (COMMON.contains(lower) || password.chars().distinct().count() < 5) {
            errors.put("password", Message.of("account.rules.password-too-easy"));
        } else if (localPart.length() >= 4 && lower.contains(localPart)) {
            errors.put("password", Message.of("account.rules.password-contains-email"));
        }
    }

    /** The second password typed must be the first. */
    static void checkSamePassword(String password, String confirmPassword, Map<String, Message> errors) {
        if (!errors.containsKey("password") && !password.equals(confirmPassword)) {
            errors.put("confirmPassword", Message.of("account.rules.passwords-differ"));
        }
    }
}

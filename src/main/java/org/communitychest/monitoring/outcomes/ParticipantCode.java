package org.communitychest.monitoring.outcomes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;

/**
 * The pseudonymous code a project gives each participant, so that outcome answers can be matched from baseline to
 * follow-up without the portal ever holding who the person is.
 *
 * <p>The rule: trimmed and in upper case, a code is 1 to {@value #MAX_LENGTH} characters of letters A–Z and digits,
 * with single hyphens between them (never first or last, so no spreadsheet reads it as a formula), and at least one
 * digit. What looks like a person's identifier is refused first, each with a reason of its own: an email address
 * (any {@code @}); an NHS number (any run of ten digits, spaces or hyphens allowed between them, whatever the check
 * digit: phone numbers fall here too); a name (letters only, or words of letters separated by spaces, hyphens or
 * apostrophes, such as "Amina Begum", "amina" or "J Smith"). A code without a digit is letters and hyphens, so it
 * is refused as a name. Then a code too long, and one with other characters.
 *
 * @param value the normalised code; the constructor normalises what it is given and throws an
 *              {@link InvalidInputException} on field {@value #FIELD} when the rule refuses it
 */
public record ParticipantCode(String value) {

    public static final int MAX_LENGTH = 20;
    /** The field (and outcomes file column) a refused code's error names. */
    public static final String FIELD = "participant_code"; // not user text: the outcomes file's column

    private static final Pattern NHS_NUMBER = Pattern.compile("\\d(?:[\\s-]?\\d){9}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}'’.]+(?:[\\s-]+[\\p{L}\\p{M}'’.]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    public ParticipantCode {
        problemWith(value).ifPresent(problem -> {
            throw new InvalidInputException(FIELD, problem);
        });
        value = normalised(value);
    }

    public static ParticipantCode of(String text) {
        return new ParticipantCode(text);
    }

    /** Why the text cannot be a participant code, or empty when it can. */
    public static Optional<Message> problemWith(String text) {
        String code = text == null ? "" : normalised(text);
        if (code.isEmpty()) {
            return problem("outcomes.code.blank");
        }
        if (code.contains("@")) {
            return problem("outcomes.code.email");
        }
        if (NHS_NUMBER.matcher(code).find()) {
            return problem("outcomes.code.nhs-number");
        }
        if (NAME.matcher(code).matches()) {
            return problem("outcomes.code.name");
        }
        if (code.length() > MAX_LENGTH) {
            return problem("outcomes.code.too-long", MAX_LENGTH, code.length());
        }
        if (!CODE.matcher(code).matches()) {
            return problem("outcomes.code.characters");
        }
        return Optional.empty();
    }

    private static String normalised(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Message> problem(String key, Object... args) {
        return Optional.of(Message.of(key, args));
    }

    @Override
    public String toString() {
        return value;
    }
}

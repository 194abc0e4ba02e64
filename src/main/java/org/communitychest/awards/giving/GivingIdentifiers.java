package org.communitychest.awards.giving;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identifiers 360Giving asks for: a grant's {@code 360G-…} identifier, and its recipient's org-id (the
 * Organisation Identifier standard: the register's code, then the number on that register).
 */
public final class GivingIdentifiers {

    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Companies House numbers are eight characters; one kept as a number has lost its leading zeros. */
    private static final int COMPANY_NUMBER_LENGTH = 8;

    private GivingIdentifiers() {
    }

    /**
     * {@code 360G-{prefix}-{reference}}, with spaces as {@code _} and never a {@code /} (it becomes {@code -}), so
     * the identifier can stand in a web address: {@code grant("TowerHamlets", "CC/2026 14")} is
     * {@code 360G-TowerHamlets-CC-2026_14}.
     */
    public static String grant(String prefix, String reference) {
        return "360G-" + part(prefix, "prefix") + "-" + part(reference, "reference");
    }

    /**
     * The recipient organisation's org-id: {@code GB-CHC-{charity number}} for a registered charity, else
     * {@code GB-COH-{company number}} for a company (leading zeros kept), else the partnership's own
     * {@code 360G-{prefix}-ORG-{organisation id}} for an unregistered group. Blank numbers count as none.
     */
    public static String recipient(String prefix, String charityNumber, String companyNumber, long organisationId) {
        if (present(charityNumber)) {
            return "GB-CHC-" + compact(charityNumber);
        }
        if (present(companyNumber)) {
            return "GB-COH-" + companyNumber(companyNumber);
        }
        return "360G-" + part(prefix, "prefix") + "-ORG-" + organisationId;
    }

    /** A company number as Companies House writes it: {@code 1234567} becomes {@code 01234567}. */
    static String companyNumber(String number) {
        String compact = compact(number).toUpperCase(Locale.ROOT);
        return DIGITS.matcher(compact).matches() && compact.length() < COMPANY_NUMBER_LENGTH
                ? "0".repeat(COMPANY_NUMBER_LENGTH - compact.length()) + compact
                : compact;
    }

    private static String part(String value, String name) {
        GivingGrant.requireText(value, name);
        return SPACE.matcher(value.strip()).replaceAll("_").replace('/', '-');
    }

    private static String compact(String number) {
        return SPACE.matcher(number).replaceAll("");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

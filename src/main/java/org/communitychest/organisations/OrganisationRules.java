package org.communitychest.organisations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;

/** The rules of a group profile and of an invitation, with the messages shown beside each field. */
final class OrganisationRules {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS_LINE = 200;
    static final int MAX_TOWN = 100;
    static final int MAX_WEB_ADDRESS = 300;

    /** England and Wales: 6 to 8 digits; Scotland: SC and 6 digits; Northern Ireland: NIC and 6 digits, or 6 digits. */
    private static final Pattern CHARITY_NUMBER = Pattern.compile("\\d{6,8}|SC\\d{6}|NIC\\d{6}");
    /** Companies House: 8 digits, or 2 letters (SC, NI, OC…) and 6 digits. */
    private static final Pattern COMPANY_NUMBER = Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}");
    private OrganisationRules() {
    }

    /** Checks every field and answers the tidied profile, or throws with a message per bad field. */
    static OrganisationDetails check(OrganisationForm form) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String name = text(form.name());
        if (name == null) {
            errors.put("name", Message.of("groups.rules.name-required"));
        } else if (name.length() > MAX_NAME) {
            errors.put("name", tooLong("groups.rules.name-too-long", MAX_NAME, name));
        }

        LegalForm legalForm = form.legalForm();
        if (legalForm == null) {
            errors.put("legalForm", Message.of("groups.rules.legal-form-required"));
        }
        String charityNumber = null;
        if (legalForm != null && legalForm.asksCharityNumber()) {
            charityNumber = charityNumber(form.charityNumber());
            if (charityNumber == null) {
                if (legalForm.requiresCharityNumber()) {
                    errors.put("charityNumber", Message.of("groups.rules.charity-number-required"));
                }
            } else if (!CHARITY_NUMBER.matcher(charityNumber).matches()) {
                errors.put("charityNumber", Message.of("groups.rules.charity-number-format"));
            }
        }
        String companyNumber = null;
        if (legalForm != null && legalForm.asksCompanyNumber()) {
            companyNumber = companyNumber(form.companyNumber());
            if (companyNumber == null) {
                if (legalForm.requiresCompanyNumber()) {
                    errors.put("companyNumber", Message.of("groups.rules.company-number-required"));
                }
            } else if (!COMPANY_NUMBER.matcher(companyNumber).matches()) {
                errors.put("companyNumber", Message.of("groups.rules.company-number-format"));
            }
        }

        String line1 = text(form.addressLine1());
        if (line1 == null) {
            errors.put("addressLine1", Message.of("groups.rules.address-required"));
        } else if (line1.length() > MAX_ADDRESS_LINE) {
            errors.put("addressLine1", tooLong("groups.rules.address-too-long", MAX_ADDRESS_LINE, line1));
        }
        String line2 = text(form.addressLine2());
        if (line2 != null && line2.length() > MAX_ADDRESS_LINE) {
            errors.put("addressLine2", tooLong("groups.rules.address-too-long", MAX_ADDRESS_LINE, line2));
        }
        String town = text(form.town());
        if (town == null) {
            errors.put("town", Message.of("groups.rules.town-required"));
        } else if (town.length() > MAX_TOWN) {
            errors.put("town", tooLong("groups.rules.town-too-long", MAX_TOWN, town));
        }
        String postcode = postcode(form.postcode());
        if (postcode == null) {
            errors.put("postcode", Message.of("groups.rules.postcode-required"));
        } else if (!ContactDetails.isPostcode(postcode)) {
            errors.put("postcode", Message.of("groups.rules.postcode-format"));
        }

        if (form.incomeBand() == null) {
            errors.put("incomeBand", Message.of("groups.rules.income-required"));
        }
        String webAddress = webAddress(form.webAddress());
        if (webAddress != null && (webAddress.length() > MAX_WEB_ADDRESS || !ContactDetails.isWebAddress(webAddress))) {
            errors.put("webAddress", Message.of("groups.rules.web-address-format"));
        }

        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return new OrganisationDetails(name, legalForm, charityNumber, companyNumber, line1, line2, town, postcode,
                form.incomeBand(), webAddress);
    }

    /** Trimmed, or {@code null} when empty. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Upper case without spaces, so "sc 012345" becomes "SC012345"; leading zeros stay. */
    static String charityNumber(String value) {
        String compact = compact(value);
        return compact == null ? null : compact.toUpperCase(Locale.ROOT);
    }

    /** Upper case without spaces; 6 or 7 digits get the leading zeros Companies House numbers have ("123456" → "00123456"). */
    static String companyNumber(String value) {
        String compact = compact(value);
        if (compact == null) {
            return null;
        }
        compact = compact.toUpperCase(Locale.ROOT);
        if (compact.matches("\\d{6,7}")) {
            compact = "0".repeat(8 - compact.length()) + compact;
        }
        return compact;
    }

    static String postcode(String value) {
        return ContactDetails.postcode(value);
    }

    static String webAddress(String value) {
        return ContactDetails.webAddress(value);
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The message for a colleague's email address, or {@code null} when it is fine. */
    static Message emailProblem(String email) {
        if (email.isEmpty()) {
            return Message.of("groups.rules.colleague-email-required");
        }
        if (!ContactDetails.isEmail(email)) {
            return Message.of("groups.rules.email-format");
        }
        return null;
    }

    private static String compact(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "");
        return compact.isEmpty() ? null : compact;
    }

    private static Message tooLong(String key, int max, String value) {
        return Message.of(key, max, value.length());
    }
}

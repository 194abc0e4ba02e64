package org.communitychest.organisations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a UK postcode, an email address and a web address are tidied and checked, wherever a group types one. */
public final class ContactDetails {

    /** A UK postcode in its normal form (upper case, one space before the last three characters). */
    private static final Pattern POSTCODE = Pattern.compile("GIR 0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}"
            + "|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y]) \\d[ABD-HJLNP-UW-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    private ContactDetails() {
    }

    /** Upper case with one space before the inward code: "e16an" and " e1  6an " become "E1 6AN". */
    public static String postcode(String value) {
        String compact = value == null ? "" : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        if (compact.length() < 5 || compact.length() > 7) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** For a postcode in the form {@link #postcode} gives. */
    public static boolean isPostcode(String postcode) {
        return postcode != null && POSTCODE.matcher(postcode).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches() && !email.contains("..");
    }

    /** An address typed without its scheme ("example.org") gets https:// in front. */
    public static String webAddress(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.regionMatches(true, 0, "http://", 0, 7) || trimmed.regionMatches(true, 0, "https://", 0, 8)) {
            return trimmed;
        }
        return trimmed.contains("://") ? trimmed : "https://" + trimmed;
    }

    /** An http or https address with a host name and no user name or password in it. */
    public static boolean isWebAddress(String value) {
        try {
            var uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (scheme.equals("http") || scheme.equals("https")) && host != null && HOST.matcher(host).matches()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

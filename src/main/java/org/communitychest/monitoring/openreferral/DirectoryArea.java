package org.communitychest.monitoring.openreferral;

import java.util.regex.Pattern;

/**
 * An area an activity serves, such as a ward.
 *
 * @param code its code: an ONS (GSS) code such as {@code E05009317} for a ward, or the partnership's own code for a
 *             primary care network or neighbourhood
 */
public record DirectoryArea(String code, String name) {

    private static final Pattern GSS_CODE = Pattern.compile("[EWSN]\\d{8}");

    public DirectoryArea {
        Require.text(code, "code");
        Require.text(name, "name");
    }

    /** Whether the code is one of the Office for National Statistics', which has a persistent web address. */
    boolean hasGssCode() {
        return GSS_CODE.matcher(code).matches();
    }
}

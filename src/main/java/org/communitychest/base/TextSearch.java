package org.communitychest.base;

import java.util.Locale;

/** What a person types into a search box, as a case-insensitive SQL LIKE pattern. */
public final class TextSearch {

    private TextSearch() {
    }

    /** {@code %text%} in lower case, or {@code null} when nothing was typed (search everything). */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}

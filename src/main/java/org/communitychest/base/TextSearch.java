package org.communitychest.base;

import java.util.Locale;

/**
 * What a person types into a search box, as a case-insensitive SQL LIKE pattern in which {@code %} and {@code _}
 * mean themselves. Every query that uses it writes {@code like :text escape '!'} ({@link #ESCAPE}): {@code !}
 * rather than a backslash, whose meaning inside a string literal differs between MariaDB's modes and H2.
 */
public final class TextSearch {

    /** The clause to write after each {@code like :text}. */
    public static final String ESCAPE = " escape '!'";

    private TextSearch() {
    }

    /** {@code %text%} in lower case with its wildcards escaped, or {@code null} when nothing was typed. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String literal = text.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}

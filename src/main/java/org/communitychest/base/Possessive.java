package org.communitychest.base;

/**
 * A name with its possessive ending, as British style writes it: "Poplar Women's Group's", but "Bow Common
 * Neighbours'" for a name ending in s.
 */
public final class Possessive {

    private Possessive() {
    }

    public static String of(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == 's' || last == 'S' ? trimmed + "'" : trimmed + "'s";
    }
}

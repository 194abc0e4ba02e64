package org.communitychest.base;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A text for a person to read, not yet in their language: a key of the translation bundles and the values it
 * names. Services return and throw these; the screen, mail or PDF translates them ({@link Translations}) in the
 * reader's language. A value may itself be a {@code Message}, translated in the same language.
 */
public record Message(String key, Object... args) implements Serializable {

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    /**
     * Text that is already in the reader's words and must not be looked up, such as what a person typed.
     * Never a text of the portal's own: those are keys.
     */
    public static Message verbatim(String text) {
        return new Message(null, text);
    }

    public boolean isVerbatim() {
        return key == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && Objects.equals(key, m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(key) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key == null ? String.valueOf(args[0]) : key + Arrays.toString(args);
    }
}

package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The checks the directory's records make of what they are given. */
final class Require {

    private Require() {
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    /** A web address the standard's {@code uri} format takes, or {@code null} for none. */
    static URI absoluteOrNull(URI address, String name) {
        if (address != null && !address.isAbsolute()) {
            throw new IllegalArgumentException(name + " is not an absolute web address: " + address);
        }
        return address;
    }

    /** A copy of the list, which must hold no two items with the same key: each key becomes an identifier. */
    static <T> List<T> unique(List<T> items, Function<T, Object> key, String name) {
        List<T> copy = items == null ? List.of() : List.copyOf(items);
        var keys = new HashSet<>();
        for (T item : copy) {
            if (!keys.add(Objects.requireNonNull(key.apply(item), name))) {
                throw new IllegalArgumentException(name + " has " + key.apply(item) + " twice");
            }
        }
        return copy;
    }
}

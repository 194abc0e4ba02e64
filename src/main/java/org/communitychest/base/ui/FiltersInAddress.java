package org.communitychest.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A list's filters kept in the page's address as query parameters ({@code ?status=eligible&search=beds}), so that
 * going back to the list, reloading it or sharing its link shows the same list. Changing a filter replaces the
 * address without a new history entry: back leaves the list rather than stepping through its filters.
 */
public final class FiltersInAddress {

    private FiltersInAddress() {
    }

    /** The address of {@code path} with the filters that are set; empty and null values are left out. */
    public static Location location(String path, Map<String, String> filters) {
        var set = new LinkedHashMap<String, String>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                set.put(name, value.strip());
            }
        });
        return new Location(path, QueryParameters.simple(set));
    }

    /** Puts the filters into the address the browser shows for {@code view}'s page. */
    public static void write(Component view, Map<String, String> filters) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                location(ui.getInternals().getActiveViewLocation().getPath(), filters)));
    }

    /** One filter from an address, if it is there once and not blank. */
    public static Optional<String> read(QueryParameters query, String name) {
        var values = query.getParameters().get(name);
        return values == null || values.size() != 1 || values.getFirst().isBlank() ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    /** A filter that is one of an enum's values, written in lower case ({@code status=eligible}). */
    public static <E extends Enum<E>> Optional<E> readEnum(QueryParameters query, String name, Class<E> type) {
        return read(query, name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst());
    }

    /** How {@link #readEnum} reads an enum's value back: its name in lower case, or null for none. */
    public static String value(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A filter that names a record by its id, if it is a number. */
    public static Optional<Long> readId(QueryParameters query, String name) {
        return read(query, name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}

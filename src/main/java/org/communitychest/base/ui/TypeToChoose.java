package org.communitychest.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Lets a person choose in a multi-select by typing part of a name and pressing Enter, as with the keyboard alone
 * they would: Vaadin 25.2 chooses on Enter only when the whole name is typed, or after the arrow keys. Enter on
 * part of a name chooses the first item not yet chosen that the list shows for it (names containing the text,
 * ignoring case); when nothing matches, a message beside the field says so and nothing changes.
 */
public final class TypeToChoose {

    private TypeToChoose() {
    }

    /** {@code noMatchKey} is the message when no item's name contains the typed text, {@code {0}}. */
    public static <T> void enable(MultiSelectComboBox<T> field, List<T> items, ItemLabelGenerator<T> label,
            String noMatchKey) {
        // Text that is not a whole name arrives as a "custom value", which is never kept as one.
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            var matches = items.stream().filter(item -> contains(label.apply(item), typed)).toList();
            if (matches.isEmpty()) {
                field.setErrorMessage(field.getTranslation(noMatchKey, typed));
                field.setInvalid(true);
                return;
            }
            field.setInvalid(false);
            var chosen = new LinkedHashSet<>(field.getValue());
            matches.stream().filter(item -> !chosen.contains(item)).findFirst().ifPresent(item -> {
                chosen.add(item);
                field.setValue(chosen);
            });
        });
    }

    private static boolean contains(String name, String typed) {
        return name.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT));
    }
}

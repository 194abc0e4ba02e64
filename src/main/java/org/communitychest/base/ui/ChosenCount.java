package org.communitychest.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.html.Span;

/**
 * A multi-select that says what is chosen in our words, not Vaadin's "1 items selected": its helper line ends with
 * the count ("1 need chosen.", "3 needs chosen."), and a screen reader hears "Bow East chosen. Chosen so far: 2.",
 * in the reader's language.
 */
public final class ChosenCount {

    private ChosenCount() {
    }

    /**
     * Gives {@code field} the helper text {@code helperKey} and a count of what is chosen, {@code countKey} with
     * the number ({@code {0, plural, …}}).
     */
    public static Span show(MultiSelectComboBox<?> field, String helperKey, String countKey) {
        // The browser announces with one template for every number, so it gets words that need no plural.
        field.setI18n(new MultiSelectComboBoxI18n().setSelected(field.getTranslation("common.chosen.selected"))
                .setDeselected(field.getTranslation("common.chosen.deselected"))
                .setTotal(field.getTranslation("common.chosen.total"))
                .setCleared(field.getTranslation("common.chosen.cleared")));
        var count = new Span();
        var helper = new Span(new Span(field.getTranslation("common.chosen.helper", field.getTranslation(helperKey))),
                new Text(" "), count);
        field.setHelperComponent(helper);
        field.addValueChangeListener(e -> count.setText(text(field, countKey)));
        count.setText(text(field, countKey));
        return count;
    }

    private static String text(MultiSelectComboBox<?> field, String countKey) {
        int chosen = field.getValue().size();
        return chosen == 0 ? field.getTranslation("common.chosen.none") : field.getTranslation(countKey, chosen);
    }
}

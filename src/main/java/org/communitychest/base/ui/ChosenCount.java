package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.html.Span;

/**
 * A multi-select that says what is chosen in our words, not Vaadin's "1 items selected": its helper line ends with
 * the count ("1 need chosen", "3 needs chosen"), and a screen reader hears "Bow East chosen. Chosen so far: 2."
 */
public final class ChosenCount {

    private ChosenCount() {
    }

    /**
     * Gives {@code field} the helper text and a count of what is chosen, from the plural message {@code countKey}
     * (given the number chosen, 0 included).
     */
    public static Span show(MultiSelectComboBox<?> field, String helperText, String countKey) {
        var ui = UI.getCurrent();
        // The browser announces with one template for every number, so it gets words that need no plural.
        field.setI18n(new MultiSelectComboBoxI18n().setSelected(ui.getTranslation("common.chosen.selected"))
                .setDeselected(ui.getTranslation("common.chosen.deselected"))
                .setTotal(ui.getTranslation("common.chosen.total"))
                .setCleared(ui.getTranslation("common.chosen.cleared")));
        var count = new Span();
        var helper = new Span(new Span(helperText + " "), count);
        field.setHelperComponent(helper);
        field.addValueChangeListener(e -> count.setText(ui.getTranslation(countKey, field.getValue().size())));
        count.setText(ui.getTranslation(countKey, field.getValue().size()));
        return count;
    }
}

package org.communitychest.base.ui;

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

    /** Gives {@code field} the helper text and a count of what is chosen: "{@code one}" or "{@code many}". */
    public static Span show(MultiSelectComboBox<?> field, String helperText, String one, String many) {
        // The browser announces with one template for every number, so it gets words that need no plural.
        field.setI18n(new MultiSelectComboBoxI18n().setSelected("chosen.").setDeselected("removed.")
                .setTotal("Chosen so far: {count}.").setCleared("None chosen now."));
        var count = new Span();
        var helper = new Span(new Span(helperText + ". "), count);
        field.setHelperComponent(helper);
        field.addValueChangeListener(e -> count.setText(text(field.getValue().size(), one, many)));
        count.setText(text(field.getValue().size(), one, many));
        return count;
    }

    static String text(int chosen, String one, String many) {
        return switch (chosen) {
            case 0 -> "None chosen yet.";
            case 1 -> "1 " + one + " chosen.";
            default -> chosen + " " + many + " chosen.";
        };
    }
}

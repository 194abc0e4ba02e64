package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.monitoring.MyReports;

/** A count of people or sessions, saved as it changes; a value the field cannot hold is refused on the page. */
final class CountField {

    private CountField() {
    }

    static IntegerField of(String label, Integer value, DraftSaver saver, Runnable save) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(MyReports.MOST_PEOPLE);
        field.setStepButtonsVisible(false);
        field.setValue(value);
        field.setWidthFull();
        TypingGuard.watch(field);
        field.addValueChangeListener(e -> {
            if (field.getValue() == null && field.getDefaultValidator().apply(null, null).isError()) {
                // Typed, but not a whole number the field can hold: sending it would wipe the answer.
                field.setErrorMessage(field.getTranslation("monitoring.rules.count", MyReports.MOST_PEOPLE));
                field.setInvalid(true);
                saver.refusedOnThePage(field);
                return;
            }
            save.run();
        });
        return field;
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;

/** Puts the messages of an {@link InvalidInputException} beside the fields they belong to. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** Shows each message on its field; returns the messages no field claimed. */
    public static String show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        return show(e.fieldErrors(), fields);
    }

    /** Shows each message (by field name) on its field; returns the messages no field claimed. */
    public static String show(Map<String, Message> errors, Map<String, ? extends HasValidation> fields) {
        var unclaimed = new StringBuilder();
        errors.forEach((name, error) -> {
            String message = Texts.of(error);
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unclaimed.append(unclaimed.isEmpty() ? "" : " ").append(message);
            }
        });
        return unclaimed.toString();
    }
}

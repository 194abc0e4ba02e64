package org.communitychest.base;

import java.util.Map;

/** Input that breaks a rule; carries a message per field so the view can show it beside the field. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public String messageFor(String field) {
        return fieldErrors.get(field);
    }
}

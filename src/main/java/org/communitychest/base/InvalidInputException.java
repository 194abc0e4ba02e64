package org.communitychest.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule; carries a message per field so the view can show it beside the field, in the
 * reader's language ({@link Message}).
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Message> fieldErrors;

    public InvalidInputException(String field, Message message) {
        this(new LinkedHashMap<>(Map.of(field, message)));
    }

    private InvalidInputException(LinkedHashMap<String, Message> fieldErrors) {
        super(String.join("; ", fieldErrors.values().stream().map(Message::toString).toList()));
        this.fieldErrors = Collections.unmodifiableMap(fieldErrors);
    }

    /** One message per field, in the order given. */
    public static InvalidInputException of(Map<String, Message> fieldErrors) {
        return new InvalidInputException(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }

    public Message messageFor(String field) {
        return fieldErrors.get(field);
    }
}

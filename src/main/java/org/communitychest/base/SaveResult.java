package org.communitychest.base;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of saving part of a draft (an application, a report): the new version and the fields that were NOT saved because they
 * break a rule, with the reason for each. Every other field was saved. {@code needed} holds fields that were
 * saved but still stand in the way of submitting (a cleared title, a line over the round's largest grant), with
 * what to do, so the page can say so beside the field at once.
 */
public record SaveResult(long version, Instant savedAt, Map<String, Message> errors,
        Map<String, Message> needed) {

    public SaveResult(long version, Instant savedAt, Map<String, Message> errors) {
        this(version, savedAt, errors, Map.of());
    }

    public boolean allSaved() {
        return errors.isEmpty();
    }
}

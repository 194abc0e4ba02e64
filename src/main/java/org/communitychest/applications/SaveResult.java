package org.communitychest.applications;

import java.time.Instant;
import java.util.Map;
import org.communitychest.base.Message;

/**
 * The outcome of saving part of a draft: the new version and the fields that were NOT saved because they
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

    /** The key under which a budget line's item, cost or other funder is refused or marked. */
    public static String budgetLineField(int index, String part) {
        return "budget.line." + index + "." + part;
    }
}

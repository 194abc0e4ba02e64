package org.communitychest.applications;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of saving part of a draft: the new version and the fields that were NOT saved because they
 * break a rule, with the reason for each. Every other field was saved.
 */
public record SaveResult(long version, Instant savedAt, Map<String, String> errors) {

    public boolean allSaved() {
        return errors.isEmpty();
    }
}

package org.communitychest.base;

/**
 * A record that does not exist, or that the current user may not see: both answer "not found",
 * so that nobody learns another tenant's or organisation's ids.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}

package org.communitychest.base;

/**
 * A record that does not exist, or that the current user may not see: both answer "not found",
 * so that nobody learns another tenant's or organisation's ids.
 */
public class RecordNotFoundException extends RuntimeException {

    /** {@code what} names the record for the log; people read the not-found page's own words. */
    public RecordNotFoundException(String what) {
        super(what + " not found"); // not user text: for the log
    }
}

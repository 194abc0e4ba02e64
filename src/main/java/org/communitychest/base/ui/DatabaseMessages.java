package org.communitychest.base.ui;

/** What a person reads while the database cannot be reached: each message in one place. */
public final class DatabaseMessages {

    /** Heading of the page shown instead of a page that could not be read. */
    public static final String PAGE_HEADING = "We can't reach the database";
    public static final String PAGE_TEXT = "This page cannot be shown just now. The problem is on our side, not"
            + " yours, and it usually passes within a few minutes. Please try again shortly.";
    /** A click or a change that could not be carried out. */
    public static final String ACTION_FAILED = "We can't reach the database just now, so that did not go through."
            + " What you typed is still on this page: please try again in a minute.";
    /** A draft change that is kept on the page and retried. */
    public static final String DRAFT_PENDING = "Not saved yet: we can't reach the database. Your changes are kept"
            + " on this page and will be saved when it is back.";
    /** A step that is not retried by itself (an upload, a removal). */
    public static final String NOT_SAVED = "Not saved: we can't reach the database. Please try again in a minute.";
    public static final String LEAVE_HEADING = "Your latest changes are not saved yet";
    public static final String LEAVE_TEXT = "We can't reach the database. If you leave this page now, the changes"
            + " you made since it went away will be lost. Stay, and they will be saved when it is back.";
    public static final String SIGN_IN_UNCHECKED = "We could not check your email address and password: we can't"
            + " reach the database just now. Please try again in a minute.";

    private DatabaseMessages() {
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;

/** What a person reads while the database cannot be reached: each message in one place, in the page's language. */
public final class DatabaseMessages {

    private DatabaseMessages() {
    }

    /** Heading of the page shown instead of a page that could not be read. */
    public static String pageHeading() {
        return text("common.database.page-heading");
    }

    public static String pageText() {
        return text("common.database.page-text");
    }

    /** A click or a change that could not be carried out. */
    public static String actionFailed() {
        return text("common.database.action-failed");
    }

    /** A draft change that is kept on the page and retried. */
    public static String draftPending() {
        return text("common.database.draft-pending");
    }

    /** A step that is not retried by itself (an upload, a removal). */
    public static String notSaved() {
        return text("common.database.not-saved");
    }

    public static String leaveHeading() {
        return text("common.database.leave-heading");
    }

    public static String leaveText() {
        return text("common.database.leave-text");
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}

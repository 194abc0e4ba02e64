package org.communitychest.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Every confirmation dialog: its buttons in the page's language from the start, never Vaadin's English
 * "Cancel" or "Reject"; a caller may still give a button its own words.
 */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    public static ConfirmDialog of(String header, String text, String confirmText,
            ComponentEventListener<ConfirmDialog.ConfirmEvent> confirmListener) {
        var dialog = new ConfirmDialog(header, text, confirmText, confirmListener);
        var ui = UI.getCurrent();
        dialog.setCancelText(ui.getTranslation("common.dialog.cancel"));
        dialog.setRejectText(ui.getTranslation("common.dialog.reject"));
        return dialog;
    }
}

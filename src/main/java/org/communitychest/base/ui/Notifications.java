package org.communitychest.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short confirmations and errors, all in one place: the bottom-start corner, where they cover neither the header
 * nor the form the person is using, and sit near the actions at the foot of a page on a phone.
 */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS, false);
    }

    /** Read out at once by screen readers, interrupting: something went wrong. Confirmations wait their turn. */
    public static Notification error(String message) {
        return show(message, NotificationVariant.LUMO_ERROR, true);
    }

    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private static Notification show(String message, NotificationVariant variant, boolean assertive) {
        var notification = new Notification(message, 5000, POSITION);
        notification.addThemeVariants(variant);
        notification.setAssertive(assertive);
        notification.open();
        return notification;
    }
}

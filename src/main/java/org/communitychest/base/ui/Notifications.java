package org.communitychest.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors shown in the corner. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String message) {
        return show(message, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String message, NotificationVariant variant) {
        var notification = new Notification(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}

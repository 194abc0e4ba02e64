package org.communitychest.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.communitychest.base.ConcurrentChangeException;
import org.communitychest.base.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a failure in a click or a change on any page. When the database cannot be reached the page
 * stays as it is, with everything typed in it, and says so; when someone else saved the same record first
 * ({@link ConcurrentChangeException}), whether or not the view catches it itself, its message is shown and nothing
 * else happens; anything else goes to Vaadin's own handler.
 */
public class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    private final ErrorHandler others = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        var conflict = conflictIn(event.getThrowable());
        if (conflict.isPresent() && VaadinSession.getCurrent() != null) {
            Notifications.error(Texts.of(conflict.get().messageFor(ConcurrentChangeException.FIELD)));
            return;
        }
        if (!DatabaseUnreachable.causedBy(event.getThrowable())) {
            others.error(event);
            return;
        }
        log.warn("Database unreachable during a page action: {}", event.getThrowable().toString());
        event.getComponent().flatMap(Component::getUI).or(() -> Optional.ofNullable(UI.getCurrent()))
                .ifPresent(UiErrorHandler::tellDatabaseUnreachable);
    }

    private static Optional<ConcurrentChangeException> conflictIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException conflict) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }

    /** One notice at a time per page, however many actions fail while the database is away. */
    static void tellDatabaseUnreachable(UI ui) {
        var open = ComponentUtil.getData(ui, Notice.class);
        if (open != null && open.notification().isOpened()) {
            return;
        }
        var notification = new Notification(DatabaseMessages.actionFailed(), 10_000, Notifications.POSITION);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        ui.accessSynchronously(notification::open);
        ComponentUtil.setData(ui, Notice.class, new Notice(notification));
    }

    private record Notice(Notification notification) {
    }
}

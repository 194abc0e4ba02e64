package org.communitychest.base.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.communitychest.base.ConcurrentChangeException;
import org.springframework.stereotype.Component;

/**
 * Every view, whether or not it catches the conflict itself: a {@link ConcurrentChangeException} that reaches
 * Vaadin from a click or a change is shown as its message, and nothing else happens. Any other error goes on to
 * Vaadin's own handling.
 */
@Component
class ConcurrentChangeErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private final DefaultErrorHandler others = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            var conflict = conflictIn(event.getThrowable());
            if (conflict.isPresent() && VaadinSession.getCurrent() != null) {
                Notifications.error(conflict.get().getMessage());
            } else {
                others.error(event);
            }
        }

        private static Optional<ConcurrentChangeException> conflictIn(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof ConcurrentChangeException conflict) {
                    return Optional.of(conflict);
                }
            }
            return Optional.empty();
        }
    }
}

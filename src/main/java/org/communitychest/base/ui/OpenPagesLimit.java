package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Comparator;
import org.communitychest.base.SessionLimits;
import org.springframework.stereotype.Component;

/**
 * Keeps at most {@link SessionLimits#uisPerSession()} open pages per session: a client that opens page after page
 * without ever closing one (a bot, or tabs killed without the unload signal) gets its oldest pages closed, the
 * ones whose browser was heard from longest ago. Vaadin removes closed UIs at the end of the request.
 */
@Component
class OpenPagesLimit implements VaadinServiceInitListener {

    private final SessionLimits limits;

    OpenPagesLimit(SessionLimits limits) {
        this.limits = limits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> closeOldest(e.getUI()));
    }

    private void closeOldest(UI opened) {
        var open = opened.getSession().getUIs().stream()
                .filter(ui -> ui != opened && !ui.isClosing())
                .sorted(Comparator.comparingLong(ui -> ui.getInternals().getLastHeartbeatTimestamp()))
                .toList();
        int excess = open.size() + 1 - limits.uisPerSession();
        for (int i = 0; i < excess; i++) {
            open.get(i).close();
        }
    }
}

package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.monitoring.Directory;

/** Public: one funded activity of the directory, with the way back to its partnership's list. */
@Route("directory/activity/:id")
@AnonymousAllowed
class DirectoryEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Directory directory;
    private String name = "";

    DirectoryEntryView(Directory directory) {
        this.directory = directory;
        addClassName("cc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Activity"); // not user text: for the log
        }
        var entry = directory.entry(id).orElseThrow(() -> new RecordNotFoundException("Activity")); // not user text
        name = entry.listing().name();
        removeAll();
        add(new Anchor(MonitoringNavigation.directory(entry.partnershipCode()),
                getTranslation("monitoring.directory.back", entry.partnershipName())), new DirectoryCard(entry, false));
    }

    @Override
    public String getPageTitle() {
        return name;
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class ApplicationsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("", "common.menu.applications", "applications", VaadinIcon.FILE_TEXT_O, 20,
                Set.of("APPLICANT")));
    }
}

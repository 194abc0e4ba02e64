package org.communitychest.organisations.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class OrganisationsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("", "common.menu.groups", OrganisationsNavigation.list(), VaadinIcon.GROUP, 30,
                Set.of("APPLICANT")));
    }
}

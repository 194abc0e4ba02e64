package org.communitychest.rounds.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class RoundsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("", "common.menu.funding", "funding", VaadinIcon.SEARCH, 10,
                        Set.of("ANONYMOUS", "APPLICANT")),
                new MenuEntry("", "staff.common.menu.rounds", "rounds", VaadinIcon.CALENDAR, 100, Set.of("OFFICER")));
    }
}

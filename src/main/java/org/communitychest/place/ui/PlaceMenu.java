package org.communitychest.place.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class PlaceMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(MenuEntry.ADMINISTRATION, "staff.common.menu.areas", "admin/areas", VaadinIcon.MAP_MARKER,
                        910, Set.of("ADMIN")),
                new MenuEntry(MenuEntry.ADMINISTRATION, "staff.common.menu.need-categories", "admin/need-categories",
                        VaadinIcon.TAGS, 920,
                        Set.of("ADMIN")));
    }
}

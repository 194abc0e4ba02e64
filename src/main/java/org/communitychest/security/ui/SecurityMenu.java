package org.communitychest.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class SecurityMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuEntry.ADMINISTRATION, "staff.common.menu.users", "admin/users", VaadinIcon.USERS, 900,
                Set.of("ADMIN")));
    }
}

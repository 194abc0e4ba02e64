package org.communitychest.notifications.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class MailMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuEntry.ADMINISTRATION, "staff.common.menu.mail-log", "admin/mail", VaadinIcon.ENVELOPE, 930,
                Set.of("ADMIN")));
    }
}

package org.communitychest.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class AuditMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuEntry.ADMINISTRATION, "staff.common.menu.audit", "admin/audit", VaadinIcon.RECORDS, 940,
                Set.of("ADMIN")));
    }
}

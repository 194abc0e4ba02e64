package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

/** The coverage page in the officers' menu, after the gap matrix (110) and before its map (115). */
@Component
class CoverageMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("", "staff.coverage.menu", CoverageView.PATH, VaadinIcon.CHART_GRID, 112,
                Set.of("OFFICER")));
    }
}

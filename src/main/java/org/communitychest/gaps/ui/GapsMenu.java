package org.communitychest.gaps.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.communitychest.base.ui.MenuContribution;
import org.communitychest.base.ui.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class GapsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("", "staff.gaps.menu.matrix", GapMatrixView.PATH, VaadinIcon.GRID_BIG, 110,
                        Set.of("OFFICER", "ADMIN")),
                new MenuEntry("", "staff.gaps.menu.map", GapMapView.PATH, VaadinIcon.MAP_MARKER, 115,
                        Set.of("OFFICER", "ADMIN")),
                new MenuEntry("", "staff.gaps.menu.import", GapImportView.PATH, VaadinIcon.UPLOAD, 120,
                        Set.of("OFFICER", "ADMIN")));
    }
}

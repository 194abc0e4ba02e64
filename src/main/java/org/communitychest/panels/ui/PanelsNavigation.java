package org.communitychest.panels.ui;

import org.communitychest.panels.PanelPaths;

/** Routes of the panel's officer pages. */
final class PanelsNavigation {

    private PanelsNavigation() {
    }

    static String moderation(long panelId) {
        return PanelPaths.panel(panelId) + "/moderation";
    }

    static String allocation(long panelId) {
        return PanelPaths.panel(panelId) + "/allocation";
    }
}

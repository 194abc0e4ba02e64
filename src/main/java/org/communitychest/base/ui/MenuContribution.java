package org.communitychest.base.ui;

import java.util.List;

/** Each feature contributes its own menu entries, so the layout knows no feature. */
public interface MenuContribution {

    List<MenuEntry> menuEntries();
}

package org.communitychest.panels;

/** Addresses of the panel pages, for links in mails and between views. */
public final class PanelPaths {

    private PanelPaths() {
    }

    public static String panel(long panelId) {
        return "panel/" + panelId;
    }

    public static String bid(long panelId, long applicationId) {
        return "panel/" + panelId + "/bid/" + applicationId;
    }
}

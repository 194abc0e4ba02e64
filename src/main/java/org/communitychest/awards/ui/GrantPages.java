package org.communitychest.awards.ui;

/** The addresses of the grant pages, for other modules to link to. */
public final class GrantPages {

    private GrantPages() {
    }

    public static String forGroup(long grantId) {
        return AwardsNavigation.mine(grantId);
    }

    public static String forOfficer(long grantId) {
        return AwardsNavigation.manage(grantId);
    }
}

package org.communitychest.awards.ui;

/** Routes of the awards pages. */
final class AwardsNavigation {

    private AwardsNavigation() {
    }

    /** A grant as the group sees it: the offer to answer, then due diligence, payments and changes. */
    static String mine(long grantId) {
        return "grants/" + grantId;
    }

    /** A grant as the officer manages it. */
    static String manage(long grantId) {
        return "grants/" + grantId + "/manage";
    }
}

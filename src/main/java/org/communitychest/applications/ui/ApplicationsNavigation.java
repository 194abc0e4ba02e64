package org.communitychest.applications.ui;

import org.communitychest.applications.Section;

/** Routes of the applications module, for links from other modules. */
public final class ApplicationsNavigation {

    private ApplicationsNavigation() {
    }

    public static String mine() {
        return "applications";
    }

    public static String taskList(long applicationId) {
        return "applications/" + applicationId;
    }

    public static String section(long applicationId, Section section) {
        return "applications/" + applicationId + "/section/" + section.slug();
    }

    public static String check(long applicationId) {
        return "applications/" + applicationId + "/check";
    }

    public static String review(long applicationId) {
        return "review/" + applicationId;
    }

    public static String roundApplications(long roundId) {
        return "rounds/" + roundId + "/applications";
    }
}

package org.communitychest.applications;

/** How an officer narrows a round's applications; any part may be null. */
public record ApplicationFilter(ApplicationStatus status, Long needCategoryId, Long areaId, String text) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null);
    }
}

package org.communitychest.base.ui;

/**
 * The pattern every id in a route template carries ({@code "review/:applicationId" + RouteId.PATTERN}): an
 * address with a malformed id matches no route, and shows {@link NoSuchPageView} rather than an error.
 */
public final class RouteId {

    /** One to eighteen digits: always a {@code long}. */
    public static final String PATTERN = "([0-9]{1,18})";

    private RouteId() {
    }
}

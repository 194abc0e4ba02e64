package org.communitychest.organisations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where the group profile pages live, for links and navigation from other modules. */
public final class OrganisationsNavigation {

    static final String LIST = "organisations";
    static final String NEW = "new";
    static final String JOIN = "join-organisation";
    /** The query parameter of the page to go on to once a new group is saved. */
    static final String THEN = "then";
    /** A page of the portal itself: a relative path of route segments, never another site. */
    private static final Pattern OWN_PAGE = Pattern.compile("[a-z][a-z0-9-]*(/[a-z0-9-]+)*(\\?[A-Za-z0-9=&_-]*)?");

    private OrganisationsNavigation() {
    }

    /** The signed-in member's groups. */
    public static String list() {
        return LIST;
    }

    /** The form that sets up a new group. */
    public static String newOrganisation() {
        return LIST + "/" + NEW;
    }

    /**
     * The form that sets up a new group, which then goes on to {@code then} (a page of the portal with its query,
     * such as an application's start page) instead of the group's own page.
     */
    public static String newOrganisation(String then) {
        return newOrganisation() + "?" + QueryParameters.simple(Map.of(THEN, then)).getQueryString();
    }

    /** Where the new-group form was asked to go on to, when that is a page of the portal. */
    static Optional<Location> then(QueryParameters query) {
        return query.getParameters().getOrDefault(THEN, List.of()).stream().findFirst()
                .filter(then -> OWN_PAGE.matcher(then).matches()).map(Location::new);
    }

    /** A group's page: its profile form and its members. */
    public static String editProfile(long organisationId) {
        return LIST + "/" + organisationId;
    }

    public static void navigateToList() {
        UI.getCurrent().navigate(list());
    }

    public static void navigateToNewOrganisation() {
        UI.getCurrent().navigate(newOrganisation());
    }

    public static void navigateToProfile(long organisationId) {
        UI.getCurrent().navigate(editProfile(organisationId));
    }
}

package org.communitychest.organisations.ui;

import com.vaadin.flow.component.UI;

/** Where the group profile pages live, for links and navigation from other modules. */
public final class OrganisationsNavigation {

    static final String LIST = "organisations";
    static final String NEW = "new";
    static final String JOIN = "join-organisation";

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

package org.communitychest.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;

/**
 * One item of the side navigation. {@code section} and {@code label} are translation keys ({@code section} empty
 * for the top group); {@code roles} lists who sees it (without the ROLE_ prefix); an empty set means everybody
 * who is signed in.
 */
public record MenuEntry(String section, String label, String path, VaadinIcon icon, int order, Set<String> roles) {

    /** The administrators' section of the navigation. */
    public static final String ADMINISTRATION = "staff.common.menu.administration";

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}

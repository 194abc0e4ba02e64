package org.communitychest.security;

import java.util.Set;
import java.util.stream.Collectors;

public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean active,
        boolean emailVerified, boolean enabled) {

    /** What the users list shows about the account. */
    public String statusText() {
        if (!enabled) {
            return "Switched off";
        }
        return active ? "Active" : "Invited, not yet accepted";
    }

    public String rolesText() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}

package org.communitychest.security;

import java.util.Set;
import java.util.stream.Collectors;

public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean active,
        boolean emailVerified) {

    public String rolesText() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}

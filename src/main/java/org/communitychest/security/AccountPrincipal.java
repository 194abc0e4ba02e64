package org.communitychest.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them. Serializable: it lives in the HTTP session. */
record AccountPrincipal(long id, String email, String displayName, String passwordHash, boolean enabled,
        boolean emailVerified, Long partnershipId, String partnershipName, Set<Role> roles)
        implements UserDetails, SignedInUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, email, displayName, null, enabled, emailVerified, partnershipId,
                partnershipName, roles);
    }
}

package org.communitychest.base;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, and the partnership (tenant) whose data they may see. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> optional() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return optional().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** The tenant of a staff member, administrator or panellist; refused for anyone without one. */
    public long partnershipId() {
        Long id = require().partnershipId();
        if (id == null) {
            throw new AccessDeniedException("This account does not belong to a partnership");
        }
        return id;
    }

    public String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return "anonymous";
        }
        return authentication.getName();
    }
}

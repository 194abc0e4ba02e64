package org.communitychest.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions (new roles, a new password, an account switched off): their next click takes them to
 * the sign-in page ({@link AccountChangedSessionStrategy}).
 */
@Component
class SignedInSessions {

    private final SessionRegistry sessionRegistry;

    SignedInSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    void endAllOf(long userId) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal account && account.id() == userId)
                .flatMap(p -> sessionRegistry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}

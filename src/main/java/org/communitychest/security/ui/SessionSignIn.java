package org.communitychest.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Keeps a successful sign-in in the HTTP session, under a new session id (against session fixation). */
@Component
class SessionSignIn {

    private final SecurityContextRepository repository;

    SessionSignIn(SecurityContextRepository repository) {
        this.repository = repository;
    }

    void store(Authentication authentication) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        repository.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}

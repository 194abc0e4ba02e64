package org.communitychest.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Keeps a successful sign-in in the HTTP session, under a new session id (against session fixation). */
@Component
class SessionSignIn {

    private final SecurityContextRepository repository;
    private final SessionRegistry sessionRegistry;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SessionSignIn(SecurityContextRepository repository, SessionRegistry sessionRegistry) {
        this.repository = repository;
        this.sessionRegistry = sessionRegistry;
    }

    /**
     * Where the person was going when they were sent to sign in (e.g. an invitation link), as Vaadin's access
     * control remembered it; used once.
     */
    Optional<String> takeIntendedLocation() {
        var session = VaadinSession.getCurrent().getSession();
        Object target = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        String location = target instanceof String s ? s : null;
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            if (location == null) {
                location = URI.create(saved.getRedirectUrl()).getRawPath().substring(request.getContextPath().length())
                        + (URI.create(saved.getRedirectUrl()).getRawQuery() == null ? ""
                        : "?" + URI.create(saved.getRedirectUrl()).getRawQuery());
            }
        }
        if (location == null) {
            return Optional.empty();
        }
        location = location.replaceFirst("^/+", "").replaceFirst("[?&]continue$", "")
                .replaceFirst("([?&])continue&", "$1");
        return location.isBlank() || location.startsWith("login") || location.contains("://")
                || location.startsWith("VAADIN") ? Optional.empty() : Optional.of(location);
    }

    void store(Authentication authentication) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String sessionId = request.changeSessionId();
        repository.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        sessionRegistry.registerNewSession(sessionId, authentication.getPrincipal());
    }
}

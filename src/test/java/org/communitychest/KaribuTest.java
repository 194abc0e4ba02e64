package org.communitychest;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.servlet.http.HttpSession;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Base of the browserless view tests (Karibu Testing): a mocked Vaadin session per test, in the shared Spring
 * context. The mocked HTTP request answers {@code getUserPrincipal()} and {@code isUserInRole()} from Spring
 * Security's context, as Spring's {@code SecurityContextHolderAwareRequestWrapper} does in the real servlet, so
 * Vaadin's view access control sees the same user as the services.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;
    /** The browser of the next session ({@link #logout()} starts one): its preferred language and cookies. */
    protected static Browser browser = new Browser(null, List.of());

    public record Browser(java.util.Locale locale, List<jakarta.servlet.http.Cookie> cookies) {
    }

    @Autowired
    private ApplicationContext context;
    @Autowired
    private SessionRegistry sessionRegistry;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = discoverRoutes();
        }
        browser = new Browser(null, List.of());
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        startSession();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Karibu's discovery finds public classes only, and our views are package-private: add every {@code @Route}
     * class of the application to what it found (the public layout and error views).
     */
    private static Routes discoverRoutes() {
        var found = new Routes().autoDiscoverViews("org.communitychest");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.communitychest")) {
            found.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                    .asSubclass(Component.class));
        }
        return found;
    }

    private void startSession() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** Signs out and starts a new browser session. */
    protected void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        startSession();
    }

    /** The sessions Spring Security knows of for this person, ended ones included. */
    protected List<SessionInformation> sessionsOf(long userId) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.id() == userId)
                .flatMap(p -> sessionRegistry.getAllSessions(p, true).stream())
                .toList();
    }

    /** Opens a location as a browser would, query string included: {@code verify-email?token=…}. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /**
     * Where the browser is being sent by a full-page redirect (Vaadin's access control sends anonymous visitors of
     * a protected view to the login page that way), if anywhere.
     */
    protected static Optional<String> pendingRedirect() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(i -> i.getExpression().contains("window.open($0, $1)"))
                .map(i -> String.valueOf(i.getParameters().getFirst()))
                .reduce((first, last) -> last);
    }

    /** The views on screen now, outermost (the layout) first; empty when nothing was shown. */
    protected static List<Class<?>> shownViews() {
        var chain = new ArrayList<Class<?>>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().forEach(c -> chain.addFirst(c.getClass()));
        return chain;
    }

    /**
     * Does what a click or a change does in a real browser request: a failure goes to the session's error handler
     * (Karibu calls listeners directly, so without this it would reach the test instead).
     */
    protected static void inRequest(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    /** The texts of the notifications open now. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    /** What the browser's poll timer does every {@link UI#getPollInterval()} milliseconds. */
    protected static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    protected static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    /** A fake request that knows the user Spring Security has signed in. */
    static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(HttpSession session) {
            super(session);
            if (browser.locale() != null) {
                setLocaleInt(browser.locale());
                getHeaders().put("Accept-Language", List.of(browser.locale().toLanguageTag()));
            }
            browser.cookies().forEach(this::addCookie);
        }

        private static Authentication authentication() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return null;
            }
            return authentication;
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = authentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}

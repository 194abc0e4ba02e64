package org.communitychest.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.Language;
import org.communitychest.base.SignedInUser;
import org.communitychest.base.PageLanguage;
import org.communitychest.security.Accounts;
import org.springframework.stereotype.Component;

/**
 * Decides each page's language: the signed-in person's stored choice; else the choice remembered in the
 * {@value PageLanguage#COOKIE} cookie; else the browser's {@code Accept-Language}; else British English. A choice
 * made before signing in is kept with the account when the account has none yet. Sets the page's
 * {@code <html lang>} from the first response, so screen readers read it in the right voice.
 */
@Component
class LanguageSelection implements PageLanguage, VaadinServiceInitListener {

    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private final Accounts accounts;
    private final CurrentUser currentUser;

    LanguageSelection(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", resolve(response.getVaadinRequest()).code()));
        event.getSource().addUIInitListener(e -> apply(e.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    @Override
    public Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.ENGLISH : Language.of(ui.getLocale());
    }

    @Override
    public void choose(Language language) {
        var session = VaadinSession.getCurrent();
        session.setAttribute(Resolved.class, new Resolved(language, signedInId()));
        Optional.ofNullable(VaadinResponse.getCurrent()).ifPresent(r -> r.addCookie(cookie(language)));
        if (currentUser.optional().isPresent()) {
            accounts.chooseMyLanguage(language);
        }
        UI ui = UI.getCurrent();
        apply(ui, language);
        ui.getPage().reload();
    }

    /**
     * After signing in on this page: the person's stored language from now on (or the one they chose before
     * signing in, now kept with the account), without waiting for the next page load.
     */
    void signedIn(UI ui) {
        apply(ui, resolve(VaadinRequest.getCurrent()));
    }

    private Language resolve(VaadinRequest request) {
        var session = VaadinSession.getCurrent();
        Long userId = signedInId();
        Resolved known = session == null ? null : session.getAttribute(Resolved.class);
        if (known != null && Objects.equals(known.userId(), userId)) {
            return known.language();
        }
        Optional<Language> remembered = request == null ? Optional.empty() : fromCookie(request);
        Language language;
        if (userId != null) {
            Optional<Language> stored = accounts.myLanguage();
            if (stored.isEmpty() && remembered.isPresent()) {
                accounts.chooseMyLanguage(remembered.get());
            }
            language = stored.or(() -> remembered).orElseGet(() -> fromBrowser(request));
        } else {
            language = remembered.orElseGet(() -> fromBrowser(request));
        }
        if (session != null) {
            session.setAttribute(Resolved.class, new Resolved(language, userId));
        }
        return language;
    }

    private static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getSession().setLocale(language.locale());
        ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
    }

    private Long signedInId() {
        return currentUser.optional().map(SignedInUser::id).orElse(null);
    }

    private static Optional<Language> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Language.ofCode(c.getValue()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Language fromBrowser(VaadinRequest request) {
        return request == null ? Language.ENGLISH
                : Language.preferred(Collections.list(request.getLocales()));
    }

    private static Cookie cookie(Language language) {
        var cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax"); // not user text
        return cookie;
    }

    /** The language worked out for this session, and for whom: signing in or out works it out again. */
    private record Resolved(Language language, Long userId) implements Serializable {
    }
}

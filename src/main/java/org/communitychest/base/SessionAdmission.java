package org.communitychest.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Bounds the sessions visitors hold (decision record 0013): a session nobody has signed in to lives
 * {@link SessionLimits#anonymousTimeout()}, a signed-in one the server's session timeout; a client address may
 * start {@link SessionLimits#newSessionsPerMinute()} sessions a minute; and when the server already holds
 * {@link SessionLimits#maxSessions()}, a visitor without a session is asked to come back in a minute instead of
 * being given one. Static files never make a session and are never refused. Runs after Spring
 * Security's filters, so the request knows who is signed in.
 */
class SessionAdmission extends OncePerRequestFilter {

    /** The page a refused visitor reads, in their language: the texts fill its gaps, escaped. */
    private static final String BUSY_PAGE = """
            <!doctype html><html lang="%s"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;\
            line-height:1.5;color:#1a1a1a}</style></head>
            <body><h1>%s</h1>
            <p>%s</p>
            <p>%s</p></body></html>
            """;

    private final SessionLimits limits;
    private final LiveSessions liveSessions;
    private final RateLimits rateLimits;
    private final RateLimit newSessions;
    private final int signedInTimeoutSeconds;
    private final Translations translations;

    SessionAdmission(SessionLimits limits, LiveSessions liveSessions, RateLimits rateLimits,
            Duration signedInTimeout, Translations translations) {
        this.translations = translations;
        this.limits = limits;
        this.liveSessions = liveSessions;
        this.rateLimits = rateLimits;
        String limitName = "new sessions per client address"; // not user text: the limit's name, for the log
        this.newSessions = new RateLimit(limitName, limits.newSessionsPerMinute(),
                Duration.ofMinutes(1));
        this.signedInTimeoutSeconds = (int) signedInTimeout.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var existing = request.getSession(false);
        boolean newVisitor = existing == null || existing.isNew();
        if (newVisitor && !StaticPaths.isStatic(request)) {
            var wait = liveSessions.count() >= limits.maxSessions() ? Optional.of(Duration.ofMinutes(1))
                    : rateLimits.tryTake(newSessions.of(request.getRemoteAddr()));
            if (wait.isPresent()) {
                if (existing != null) {
                    existing.invalidate();
                }
                refuse(response, String.valueOf(Math.max(1, wait.get().toSeconds())), language(request));
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            var session = request.getSession(false);
            if (session != null) {
                int timeout = request.getUserPrincipal() != null ? signedInTimeoutSeconds
                        : (int) limits.anonymousTimeout().toSeconds();
                if (session.getMaxInactiveInterval() != timeout) {
                    session.setMaxInactiveInterval(timeout);
                }
            }
        }
    }

    private void refuse(HttpServletResponse response, String retryAfterSeconds, Language language)
            throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", retryAfterSeconds); // not user text: a header
        response.setHeader("Cache-Control", "no-store"); // not user text: a header
        response.setContentType("text/html;charset=UTF-8");
        String page = BUSY_PAGE.formatted(language.code(), text(language, "title"), text(language, "heading"),
                text(language, "text"), text(language, "nothing-lost"));
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private String text(Language language, String key) {
        return HtmlUtils.htmlEscape(translations.text(language, "common.busy." + key));
    }

    /** A visitor refused has no session: their language is the remembered choice, else their browser's. */
    private static Language language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (PageLanguage.COOKIE.equals(cookie.getName())) {
                    var chosen = Language.ofCode(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        return request.getHeader("Accept-Language") == null ? Language.ENGLISH // not user text: a header
                : Language.preferred(Collections.list(request.getLocales()));
    }
}

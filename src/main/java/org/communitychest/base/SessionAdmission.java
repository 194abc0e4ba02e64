package org.communitychest.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the sessions visitors hold (decision record 0013): a session nobody has signed in to lives
 * {@link SessionLimits#anonymousTimeout()}, a signed-in one the server's session timeout; a client address may
 * start {@link SessionLimits#newSessionsPerMinute()} sessions a minute; and when the server already holds
 * {@link SessionLimits#maxSessions()}, a visitor without a session is asked to come back in a minute instead of
 * being given one. Static files never make a session and are never refused. Runs after Spring
 * Security's filters, so the request knows who is signed in.
 */
class SessionAdmission extends OncePerRequestFilter {

    private static final String BUSY_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Busy – Community Chest</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;\
            line-height:1.5;color:#1a1a1a}</style></head>
            <body><h1>The portal is very busy</h1>
            <p>Too many people are opening pages right now. Please try again in a minute.</p>
            <p>Nothing you saved before is lost.</p></body></html>
            """;

    private final SessionLimits limits;
    private final LiveSessions liveSessions;
    private final RateLimits rateLimits;
    private final RateLimit newSessions;
    private final int signedInTimeoutSeconds;

    SessionAdmission(SessionLimits limits, LiveSessions liveSessions, RateLimits rateLimits,
            Duration signedInTimeout) {
        this.limits = limits;
        this.liveSessions = liveSessions;
        this.rateLimits = rateLimits;
        this.newSessions = new RateLimit("new sessions per client address", limits.newSessionsPerMinute(),
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
                refuse(response, String.valueOf(Math.max(1, wait.get().toSeconds())));
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

    private static void refuse(HttpServletResponse response, String retryAfterSeconds) throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", retryAfterSeconds);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(BUSY_PAGE.getBytes(StandardCharsets.UTF_8));
    }
}

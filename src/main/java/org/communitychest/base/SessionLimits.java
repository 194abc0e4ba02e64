package org.communitychest.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much server memory visitors may hold (decision record 0013). Vaadin keeps every open page (UI) on the
 * server, so pages that bots and killed tabs leave behind must be bounded and reclaimed.
 *
 * @param anonymousTimeout how long a session nobody has signed in to lives without a request (a browser's
 *     heartbeat keeps an open page's session alive; a bot's dies)
 * @param uisPerSession most open pages one session keeps; opening another closes the one heard from longest ago
 * @param maxSessions most sessions held at once; 0 means one per 256 KB of the largest heap
 * @param newSessionsPerMinute new sessions one client address may start per minute
 */
@ConfigurationProperties(prefix = "chest.sessions")
public record SessionLimits(Duration anonymousTimeout, int uisPerSession, int maxSessions, int newSessionsPerMinute) {

    private static final long MEMORY_PER_SESSION = 256 * 1024;

    public SessionLimits {
        anonymousTimeout = anonymousTimeout == null ? Duration.ofMinutes(5) : anonymousTimeout;
        uisPerSession = uisPerSession <= 0 ? 10 : uisPerSession;
        maxSessions = maxSessions <= 0 ? (int) Math.max(500, Runtime.getRuntime().maxMemory() / MEMORY_PER_SESSION)
                : maxSessions;
        newSessionsPerMinute = newSessionsPerMinute <= 0 ? 30 : newSessionsPerMinute;
    }
}

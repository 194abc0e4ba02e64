package org.communitychest.base;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionLimitsConfiguration {

    /** After Spring Security's filter chain (order -100), so that the request knows who is signed in. */
    private static final int AFTER_SECURITY = 0;

    @Bean
    FilterRegistrationBean<SessionAdmission> sessionAdmission(SessionLimits limits, LiveSessions liveSessions,
            RateLimits rateLimits, @Value("${server.servlet.session.timeout:60m}") Duration signedInTimeout,
            Translations translations) {
        var registration = new FilterRegistrationBean<>(new SessionAdmission(limits, liveSessions, rateLimits,
                signedInTimeout, translations));
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}

package org.communitychest.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page gets, kept apart from the sign-in set-up in {@link SecurityConfiguration}: Spring
 * Security applies a {@code Customizer<HttpSecurity>} bean to every filter chain it builds. The session cookie and
 * the reverse proxy's {@code X-Forwarded-*} headers are set in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
class HttpProtectionConfiguration {

    /**
     * What Vaadin Flow needs and no more: its bootstrap page starts the client engine with an inline script, and the
     * engine runs the server's JavaScript through {@code new Function} ('unsafe-eval'); components set inline styles
     * and use data: images and fonts. The portal loads nothing from another origin and is never framed.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:", // not user text
            "font-src 'self' data:", // not user text
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    Customizer<HttpSecurity> protectiveHeaders() {
        return http -> http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    /**
                     * Vaadin serves its pages through a servlet forward, and the response is committed when the
                     * forward returns, past Spring Security's wrapper: headers written on commit would be lost.
                     */
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}

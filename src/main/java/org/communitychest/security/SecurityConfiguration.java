package org.communitychest.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.HashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String ARGON2 = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            SecurityContextRepository securityContextRepository, AuthenticationManager authenticationManager)
            throws Exception {
        // A form posted to /login (Spring's form login, which Vaadin's configurer sets up) is checked by the same
        // manager as the sign-in page.
        http.authenticationManager(authenticationManager);
        // Vaadin's configurer exempts its login path from CSRF protection. Nothing of ours posts a form there (the
        // sign-in page calls SignIn), so a form post must carry the token the page hands out, or it is refused:
        // no hostile page can sign a visitor in to someone else's account.
        var loginFormCsrf = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        loginFormCsrf.setRequireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, "/login"));
        http.addFilterBefore(loginFormCsrf, UsernamePasswordAuthenticationFilter.class);
        // The partnerships' published grant data (360Giving files) and directory (Open Referral UK) are open data.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/icons/**",
                "/favicon.ico", "/open-data/**", "/openreferral", "/openreferral/**").permitAll());
        http.securityContext(context -> context.securityContextRepository(securityContextRepository));
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new AccountChangedSessionStrategy()));
        // An address that is no page: Vaadin's configurer denies it to everyone, so a signed-in person got the
        // browser's bare "HTTP ERROR 403". Let signed-in requests through to Vaadin, whose router shows the
        // portal's "Not found" page; visitors who are not signed in are still sent to sign in first.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login")
                .anyRequest(AuthorizedUrl::authenticated)).build();
    }

    /** Who is signed in where, so that a change of roles can end that person's sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Delegating encoder: new hashes are Argon2 (no length limit, unlike bcrypt's 72 bytes), and bcrypt and the
     * other older hashes still verify; a sign-in re-hashes them with Argon2.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new HashMap<String, PasswordEncoder>();
        encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }
}

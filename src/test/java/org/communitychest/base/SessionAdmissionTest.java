package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.communitychest.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionAdmissionTest {

    private final LiveSessions live = new LiveSessions();
    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(5), 10, 3, 30);
    private final TestClock clock = new TestClock();
    private final SessionAdmission admission = new SessionAdmission(limits, live, new RateLimits(clock),
            Duration.ofMinutes(60), new Translations(true));

    @Test
    void aSessionNobodySignedInToLivesFiveMinutesAndASignedInOneAnHour() throws Exception {
        var anonymous = new MockHttpServletRequest("GET", "/funding");
        admission.doFilter(anonymous, new MockHttpServletResponse(), new CreatesSession());
        assertThat(anonymous.getSession(false).getMaxInactiveInterval()).isEqualTo(300);

        var signedIn = new MockHttpServletRequest("GET", "/");
        signedIn.setSession(anonymous.getSession(false));
        signedIn.setUserPrincipal(() -> "officer@example.org");
        admission.doFilter(signedIn, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(signedIn.getSession(false).getMaxInactiveInterval()).isEqualTo(3600);
    }

    @Test
    void atTheCeilingANewVisitorIsAskedToComeBackAndOthersAreServed() throws Exception {
        for (int i = 0; i < 3; i++) {
            live.sessionCreated(new HttpSessionEvent(new MockHttpSession()));
        }

        var newcomer = new MockHttpServletRequest("GET", "/funding");
        var refused = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        admission.doFilter(newcomer, refused, chain);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("The portal is very busy").contains("try again in a minute");
        assertThat(chain.getRequest()).as("the page was not served").isNull();

        var bengali = new MockHttpServletRequest("GET", "/funding");
        bengali.addHeader("Accept-Language", "bn-GB,bn;q=0.9,en;q=0.5");
        bengali.setPreferredLocales(java.util.List.of(java.util.Locale.forLanguageTag("bn-GB"), java.util.Locale.UK));
        var refusedInBengali = new MockHttpServletResponse();
        admission.doFilter(bengali, refusedInBengali, new MockFilterChain());
        assertThat(refusedInBengali.getContentAsString()).as("in the browser's language")
                .contains("lang=\"bn\"").contains("পোর্টালটি এখন খুব ব্যস্ত");

        var known = new MockHttpServletRequest("GET", "/funding");
        var session = new MockHttpSession();
        session.setNew(false);
        known.setSession(session);
        var served = new MockHttpServletResponse();
        admission.doFilter(known, served, new MockFilterChain());
        assertThat(served.getStatus()).isEqualTo(200);

        var script = new MockHttpServletRequest("GET", "/VAADIN/build/FlowClient.js");
        var scriptResponse = new MockHttpServletResponse();
        admission.doFilter(script, scriptResponse, new MockFilterChain());
        assertThat(scriptResponse.getStatus()).isEqualTo(200);

        live.sessionDestroyed(new HttpSessionEvent(session));
        var later = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("GET", "/funding"), later, new MockFilterChain());
        assertThat(later.getStatus()).isEqualTo(200);
    }

    @Test
    void oneClientAddressStartsThirtySessionsAMinuteAndOthersAreNotHeldUp() throws Exception {
        var roomy = new SessionAdmission(new SessionLimits(Duration.ofMinutes(5), 10, 10_000, 30), live,
                new RateLimits(clock), Duration.ofMinutes(60), new Translations(true));
        for (int i = 0; i < 30; i++) {
            assertThat(visit(roomy, "192.0.2.7").getStatus()).as("session %d", i + 1).isEqualTo(200);
        }
        var refused = visit(roomy, "192.0.2.7");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(visit(roomy, "198.51.100.20").getStatus()).as("another address").isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(visit(roomy, "192.0.2.7").getStatus()).as("a minute later").isEqualTo(200);
    }

    private static MockHttpServletResponse visit(SessionAdmission admission, String address) throws Exception {
        var request = new MockHttpServletRequest("GET", "/funding");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        admission.doFilter(request, response, new CreatesSession());
        return response;
    }

    /** What Vaadin does on a first visit: the page makes a session. */
    private static final class CreatesSession extends MockFilterChain {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            ((jakarta.servlet.http.HttpServletRequest) request).getSession(true);
        }
    }
}

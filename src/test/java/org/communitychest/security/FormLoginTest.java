package org.communitychest.security;

import org.communitychest.base.Language;
import org.communitychest.base.i18n.English;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.communitychest.IntegrationTest;
import org.communitychest.base.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A form posted straight to {@code /login} (Spring's form login, which Vaadin's configurer sets up) goes through the
 * same throttle, checks and audit as the sign-in page.
 */
class FormLoginTest extends IntegrationTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private UserAdministration users;
    private MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MockHttpServletResponse post(String email, String password, MockHttpSession session) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/login")
                .session(session).with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                })
                .param("username", email).param("password", password)
                .param("_csrf", pageToken(session))).andReturn().getResponse();
    }

    /** The CSRF token a page of the portal hands out (in its {@code _csrf} meta tag) for this session. */
    private static String pageToken(MockHttpSession session) {
        var repository = new HttpSessionCsrfTokenRepository();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var token = repository.loadToken(request);
        if (token == null) {
            token = repository.generateToken(request);
            repository.saveToken(token, request, response);
        }
        CsrfToken saved = token;
        new XorCsrfTokenRequestAttributeHandler().handle(request, response, () -> saved);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static String signedInAs(HttpSession session) {
        var context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }

    private static String failureMessage(HttpSession session) {
        var failure = (AuthenticationException) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure == null ? null : English.of(SignInResult.refused(failure).message());
    }

    private long audited(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor = ?", Long.class,
                action, actor);
    }

    private String newOfficer(String prefix) {
        String email = uniqueEmail(prefix);
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Form Poster", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        return email;
    }

    @Test
    void theRightPasswordSignsInUnderANewSessionAndIsAudited() throws Exception {
        String email = newOfficer("poster");
        var session = new MockHttpSession();
        String before = session.getId();

        var response = post(email, GOOD_PASSWORD, session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(signedInAs(session)).isEqualTo(email);
        assertThat(session.getId()).as("a new session id").isNotEqualTo(before);
        assertThat(audited("LOGIN", email)).isEqualTo(1);
        assertThat(((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication()
                .getPrincipal()).as("no password hash in the session")
                .isInstanceOfSatisfying(AccountPrincipal.class, p -> assertThat(p.passwordHash()).isNull());
    }

    /** Vaadin's configurer exempts the login page from Spring's CSRF check; such a post is checked all the same. */
    @Test
    void withoutTheCsrfTokenThePageHandsOutAFormPostIsRefusedAndSignsNobodyIn() throws Exception {
        String email = newOfficer("no-token");
        var session = new MockHttpSession();

        var response = postWithoutToken(email, GOOD_PASSWORD, session);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(signedInAs(session)).isNull();
        assertThat(audited("LOGIN", email)).isZero();
    }

    private MockHttpServletResponse postWithoutToken(String email, String password, MockHttpSession session)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/login").session(session).with(request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        }).param("username", email).param("password", password)).andReturn().getResponse();
    }

    @Test
    void aBadPasswordIsRefusedAndAudited() throws Exception {
        String email = newOfficer("bad-post");
        var session = new MockHttpSession();

        var response = post(email, "not-the-password", session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signedInAs(session)).isNull();
        assertThat(failureMessage(session)).isEqualTo(English.of(SignInResult.BAD_CREDENTIALS));
        assertThat(audited("LOGIN_FAILED", email)).isEqualTo(1);
    }

    @Test
    void fiveFailuresPauseSignInEvenWithTheRightPassword() throws Exception {
        String email = newOfficer("hammered");
        for (int i = 1; i <= 5; i++) {
            post(email, "wrong-password-" + i, new MockHttpSession());
        }
        var session = new MockHttpSession();

        var response = post(email, GOOD_PASSWORD, session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signedInAs(session)).isNull();
        assertThat(failureMessage(session)).isEqualTo("Too many failed attempts. For your safety, signing in to this"
                + " account is paused for 3 minutes. You can reset your password instead.");
        assertThat(audited("LOGIN_FAILED", email)).isEqualTo(5);
        assertThat(audited("LOGIN_REFUSED_LOCKED", email)).isEqualTo(1);
    }

    @Test
    void failuresOnTheFormAndOnThePageCountTogether() throws Exception {
        String email = newOfficer("both-ways");
        var signIn = context.getBean(SignIn.class);
        for (int i = 1; i <= 3; i++) {
            post(email, "wrong-password-" + i, new MockHttpSession());
        }
        signIn.signIn(email, "wrong-password-4", clientAddress);
        signIn.signIn(email, "wrong-password-5", clientAddress);

        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).outcome())
                .isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(failureMessageAfterPosting(email)).startsWith("Too many failed attempts.");
    }

    private String failureMessageAfterPosting(String email) throws Exception {
        var session = new MockHttpSession();
        post(email, GOOD_PASSWORD, session);
        return failureMessage(session);
    }

    @Test
    void anUnconfirmedEmailCannotSignIn() throws Exception {
        String email = uniqueEmail("unconfirmed");
        context.getBean(Registration.class).register(new RegistrationForm("Una Unconfirmed", email, GOOD_PASSWORD,
                GOOD_PASSWORD), Language.ENGLISH, clientAddress);
        var session = new MockHttpSession();

        post(email, GOOD_PASSWORD, session);

        assertThat(signedInAs(session)).isNull();
        assertThat(failureMessage(session)).startsWith("Please confirm your email address first");
        assertThat(audited("LOGIN_REFUSED_UNVERIFIED", email)).isEqualTo(1);
    }

    @Test
    void aSwitchedOffAccountCannotSignInAndItsFormSessionEnds() throws Exception {
        String email = newOfficer("switched-off");
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        var session = new MockHttpSession();
        post(email, GOOD_PASSWORD, session);
        assertThat(signedInAs(session)).isEqualTo(email);

        SystemActor.runAs(thtId(), () -> users.disable(id), "ADMIN");

        var next = mvc.perform(get("/admin/users").session(session)).andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).as("the open session ends").isEqualTo("/login?changed");
        var again = new MockHttpSession();
        post(email, GOOD_PASSWORD, again);
        assertThat(signedInAs(again)).isNull();
        assertThat(failureMessage(again)).isEqualTo(English.of(SignInResult.DISABLED));
    }

    /** A forged X-Forwarded-For does not escape the limit: only a trusted proxy's header reaches getRemoteAddr. */
    @Test
    void thirtyFailuresFromOneAddressPauseThatAddressButNotOthers() throws Exception {
        for (int i = 1; i <= 30; i++) {
            String forged = "203.0.113." + i;
            var session = new MockHttpSession();
            mvc.perform(MockMvcRequestBuilders.post("/login").session(session).header("X-Forwarded-For", forged)
                    .with(request -> {
                        request.setRemoteAddr(clientAddress);
                        return request;
                    }).param("username", uniqueEmail("sprayed")).param("password", "guess-" + i)
                    .param("_csrf", pageToken(session)));
        }
        String email = newOfficer("sprayed-victim");
        var session = new MockHttpSession();
        post(email, GOOD_PASSWORD, session);
        assertThat(signedInAs(session)).isNull();
        assertThat(failureMessage(session)).isEqualTo("Too many failed sign-ins from your network. For everyone's"
                + " safety, signing in from here is paused for 2 minutes.");

        clientAddress = "203.0.113.77";
        var elsewhere = new MockHttpSession();
        post(email, GOOD_PASSWORD, elsewhere);
        assertThat(signedInAs(elsewhere)).as("the owner elsewhere is not locked out").isEqualTo(email);
    }

    @Test
    void lockingAnAccountFromOneAddressLeavesItsOwnerElsewhereAlone() throws Exception {
        String email = newOfficer("targeted");
        clientAddress = "203.0.113.66";
        for (int i = 1; i <= 10; i++) {
            post(email, "attack-" + i, new MockHttpSession());
        }
        clientAddress = "198.51.100.20";
        var session = new MockHttpSession();
        post(email, GOOD_PASSWORD, session);
        assertThat(signedInAs(session)).isEqualTo(email);
    }
}

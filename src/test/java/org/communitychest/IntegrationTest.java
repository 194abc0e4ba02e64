package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.communitychest.base.SystemActor;
import org.communitychest.place.Partnerships;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.communitychest.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the Spring integration tests: all share one application context ({@link ChestSpringTest}), so each
 * test makes its own people and data (unique email addresses) and leaves the demo accounts usable.
 */
@ChestSpringTest
public abstract class IntegrationTest {

    /** Password of every demo account. */
    public static final String DEMO_PASSWORD = "chest-demo-2026";
    /** A password that passes the rules, for accounts the tests make. */
    public static final String GOOD_PASSWORD = "kettle-harbour-violet-42";

    private static final Pattern LINK = Pattern.compile("https?://\\S+?token=[A-Za-z0-9_-]+");

    /**
     * Where this test's requests come from: each test has its own address, so that the rate limits per client
     * address do not carry over from one test to the next.
     */
    protected static volatile String clientAddress = "198.18.0.1";

    @Autowired
    protected TestClock clock;
    @Autowired
    protected Partnerships partnerships;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected DemoAccounts demoAccounts;
    @Autowired
    protected DatabaseOutage databaseOutage;
    @Autowired
    private SignIn signInService;

    @BeforeEach
    void newClientAddress() {
        var random = ThreadLocalRandom.current();
        clientAddress = "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @AfterEach
    void resetClockAndSecurity() {
        databaseOutage.end();
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** Signs in with the demo password through the real sign-in service, as the login page does. */
    protected void loginAs(String email) {
        loginAs(email, DEMO_PASSWORD);
    }

    protected void loginAs(String email, String password) {
        var result = signInService.signIn(email, password, clientAddress);
        assertThat(result.succeeded()).as("sign in as %s: %s", email, result.message()).isTrue();
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(result.authentication());
        SecurityContextHolder.setContext(securityContext);
    }

    /** {@code who} is a demo account's email, or {@code anonymous} for a visitor who has not signed in. */
    protected void actAs(String who) {
        if (!who.equals("anonymous")) {
            loginAs(who);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    /** A second partnership (tenant) with its own administrator, so a test can change data without touching THT. */
    protected Tenant newPartnershipWithAdmin() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        var partnership = SystemActor.callAsSystem(() ->
                partnerships.create("T" + suffix, "Test Partnership " + suffix));
        String adminEmail = uniqueEmail("admin-" + suffix.toLowerCase());
        SystemActor.callAsSystem(() ->
                demoAccounts.create(adminEmail, "Admin " + suffix, partnership.id(), Set.of(Role.ADMIN),
                GOOD_PASSWORD));
        return new Tenant(partnership.id(), partnership.name(), adminEmail);
    }

    public record Tenant(long id, String name, String adminEmail) {
    }

    protected long thtId() {
        return partnerships.findByCode("THT").orElseThrow().id();
    }

    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Runs the work as the system with the given roles in a partnership, as scheduled jobs do. */
    protected static <T> T as(long partnershipId, Supplier<T> work, String... roles) {
        return SystemActor.callAs(partnershipId, work, roles);
    }

    /** The application's current version, as a page that has just read it would hold. */
    protected long applicationVersion(long applicationId) {
        return jdbc.queryForObject("select version from application where id = ?", Long.class, applicationId);
    }

    protected long userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }

    protected long mailCount() {
        return jdbc.queryForObject("select count(*) from mail_message", Long.class);
    }

    /** The newest mail to this address, as stored in the mail log and, while unsent, as it will go out. */
    protected Mail latestMailTo(String email) {
        var mails = jdbc.query("""
                select id, partnership_id, template, recipient, subject, %s as text_body, status
                from mail_message where recipient = ? order by id desc""".formatted(StoredMail.TEXT_AS_SENT),
                (rs, row) -> new Mail(rs.getLong("id"), (Long) rs.getObject("partnership_id"),
                        rs.getString("template"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("status")), email);
        assertThat(mails).as("mail to %s", email).isNotEmpty();
        return mails.getFirst();
    }

    protected long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email);
    }

    public record Mail(long id, Long partnershipId, String template, String recipient, String subject, String text,
            String status) {

        /** The one-time link in the text body. */
        public String link() {
            var matcher = LINK.matcher(text);
            assertThat(matcher.find()).as("a link with a token in:%n%s", text).isTrue();
            return matcher.group();
        }

        /** The link's path and query, as the router sees it: {@code verify-email?token=…}. */
        public String location() {
            return link().replaceFirst("^https?://[^/]+/", "");
        }

        public String token() {
            return link().replaceFirst(".*token=", "");
        }
    }
}

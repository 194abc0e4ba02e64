package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.communitychest.base.SystemActor;
import org.communitychest.notifications.MailLog;
import org.communitychest.notifications.MailLogEntry;
import org.communitychest.place.Partnerships;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Autowired
    protected TestClock clock;
    @Autowired
    protected Partnerships partnerships;
    @Autowired
    protected MailLog mailLog;
    @Autowired
    protected JdbcTemplate jdbc;

    @AfterEach
    void resetClockAndSecurity() {
        clock.reset();
        SecurityContextHolder.clearContext();
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

    protected long userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }

    protected long mailCount() {
        return jdbc.queryForObject("select count(*) from mail_message", Long.class);
    }

    /** The newest mail to this address that an administrator of the partnership can see in the mail log. */
    protected Mail latestMailTo(String email, long partnershipId) {
        return as(partnershipId, () -> {
            MailLogEntry entry = mailLog.search(email, PageRequest.of(0, 50)).stream()
                    .filter(m -> m.recipient().equals(email))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No mail to " + email));
            return new Mail(entry, mailLog.body(entry.id()));
        }, "ADMIN");
    }

    protected Mail latestMailTo(String email) {
        return latestMailTo(email, thtId());
    }

    protected long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email);
    }

    public record Mail(MailLogEntry entry, MailLog.MailBody body) {

        /** The one-time link in the text body. */
        public String link() {
            var matcher = LINK.matcher(body.text());
            assertThat(matcher.find()).as("a link with a token in:%n%s", body.text()).isTrue();
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

package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.UUID;
import org.communitychest.base.Language;
import org.communitychest.CommunityChestApplication;
import org.communitychest.HungSmtpServer;
import org.communitychest.TestClock;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real schedulers, with an SMTP server that has hung: while the mail job waits on it, the round closer still
 * closes a round that is due. Its own context, as deployed (a web server, so Vaadin's servlet starts next to the
 * schedulers) but with the jobs every half second; closed afterwards.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chest.scheduling.enabled=true",
        "chest.rounds.close-check-interval=500ms",
        "chest.mail.poll-interval=500ms",
        "spring.mail.host=127.0.0.1",
        // Far longer than the test waits: with mail on the same thread, the closer would not run at all.
        "spring.mail.properties.mail.smtp.connectiontimeout=300000",
        "spring.mail.properties.mail.smtp.timeout=300000"})
@ActiveProfiles("test")
@DirtiesContext
class RoundClosingWithHungMailTest {

    static final HungSmtpServer SMTP = HungSmtpServer.start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void releaseTheMailThread() throws Exception {
        SMTP.close();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Mailer mailer;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDueRoundClosesWhileTheMailJobIsStuckOnTheSmtpServer() {
        var fx = new ApplicationFixtures(context);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        var round = fx.as(ApplicationFixtures.OFFICER, () -> fx.publishedRound("Hung mail round " + UUID.randomUUID(),
                now.minusDays(1), now.plusHours(1)));
        mailer.queue(OutgoingMail.of("verification", "stuck@example.org", Language.ENGLISH, null).with("name", "Stuck")
                .with("link", "http://localhost:8080/verify-email?token=abc").withOneTimeToken("abc", Duration.ofHours(1)));
        await("the mail job is waiting on the hung SMTP server").atMost(Duration.ofSeconds(60))
                .until(() -> SMTP.connections() > 0 && mailThreadIsSending());

        clock.advance(Duration.ofHours(2));

        await("the round closer closes the round that is now due").atMost(Duration.ofSeconds(30))
                .until(() -> "CLOSED".equals(status(round.id())));
        assertThat(mailThreadIsSending()).as("the mail job is still waiting on the SMTP server").isTrue();
        assertThat(jdbc.queryForObject("select status from mail_message where recipient = ?", String.class,
                "stuck@example.org")).as("and nothing claims it was sent").isEqualTo("QUEUED");
        Instant mailLockedUntil = jdbc.queryForObject("select lock_until from shedlock where name = 'mail-dispatch'",
                (rs, row) -> rs.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant());
        assertThat(mailLockedUntil).as("the stuck job holds its lock at most a minute ahead: had it lost the database, and so its"
                        + " unlock, the mail would resume within a minute of the database coming back")
                .isBefore(Instant.now().plusSeconds(61));
    }

    private String status(long roundId) {
        return jdbc.queryForObject("select status from funding_round where id = ?", String.class, roundId);
    }

    /** A thread is inside the mail job, sending. */
    private static boolean mailThreadIsSending() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> Arrays.stream(e.getValue())
                .anyMatch(frame -> frame.getClassName().equals("org.communitychest.notifications.MailDispatcher")
                        && frame.getMethodName().equals("send")));
    }
}

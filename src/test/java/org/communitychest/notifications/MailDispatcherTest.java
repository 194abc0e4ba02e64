package org.communitychest.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communitychest.base.Language;
import org.communitychest.CommunityChestApplication;
import org.communitychest.TestClock;
import org.communitychest.base.SystemActor;
import org.communitychest.base.InvalidInputException;
import org.communitychest.place.Partnerships;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.PasswordReset;
import org.communitychest.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sending through a real SMTP server (GreenMail) that is down at first: failed attempts are kept and retried later,
 * and the message goes out once the server answers. Its own Spring context, because it needs {@code spring.mail.*}.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class})
@ActiveProfiles("test")
class MailDispatcherTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Mailer mailer;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    MailLog mailLog;
    @Autowired
    TestClock clock;
    @Autowired
    Partnerships partnerships;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    PasswordReset passwordReset;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtpServer;
    private Instant t0;

    @BeforeEach
    void stopTheClock() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.freezeAt(t0);
        // The demo data queues its own mails (invitations, receipts, decisions); the dispatcher takes 20 at a time,
        // so they are set aside here and each test's batch holds the mail it queues.
        jdbc.update("update mail_message set status = 'FAILED', next_attempt_at = null where status = 'QUEUED'");
    }

    @AfterEach
    void stopServerAndClock() {
        if (smtpServer != null) {
            smtpServer.stop();
        }
        clock.reset();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startSmtpServer() {
        smtpServer = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtpServer.start();
    }

    private long queueVerification(String to, String name) {
        return mailer.queue(OutgoingMail.of("verification", to, Language.ENGLISH, partnerships.findByCode("THT").orElseThrow().id())
                .with("name", name)
                .with("link", "http://localhost:8080/verify-email?token=abc")
                .withOneTimeToken("abc", Duration.ofHours(24)));
    }

    private MailLogEntry entry(long id) {
        return messages.findById(id).orElseThrow().toEntry();
    }

    private List<MimeMessage> receivedBy(String to) throws Exception {
        var received = new ArrayList<MimeMessage>();
        for (MimeMessage message : smtpServer.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                received.add(message);
            }
        }
        return received;
    }

    @Test
    void failedAttemptsAreRetriedLaterUntilTheServerAnswers() throws Exception {
        String to = "retry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = queueVerification(to, "Zoë <Test>");
        assertThat(entry(id).status()).isEqualTo(MailStatus.QUEUED);

        dispatcher.sendDue();

        var first = entry(id);
        assertThat(first.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(t0.plusSeconds(30));
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.sentAt()).isNull();

        clock.advance(Duration.ofSeconds(29));
        dispatcher.sendDue();
        assertThat(entry(id).attempts()).as("not due yet, not tried").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.sendDue();
        var second = entry(id);
        assertThat(second.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(t0.plusSeconds(30 + 60));
        assertThat(second.lastError()).isNotBlank();

        startSmtpServer();
        clock.advance(Duration.ofSeconds(60));
        dispatcher.sendDue();

        var received = receivedBy(to);
        assertThat(received).hasSize(1);
        var message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("Confirm your email address for Community Chest");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Community Chest <no-reply@communitychest.invalid>");
        assertThat(part(message, "text/plain")).contains("Zoë <Test>").contains("verify-email?token=abc");
        assertThat(part(message, "text/html")).contains("Hello Zo&euml; &lt;Test&gt;,").doesNotContain("<Test>");

        var sent = entry(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isEqualTo(t0.plusSeconds(90));
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(sent.lastError()).isNull();

        clock.advance(Duration.ofHours(1));
        dispatcher.sendDue();
        assertThat(receivedBy(to)).as("sent once only").hasSize(1);
    }

    @Test
    void afterEightFailedAttemptsTheMessageFailsUntilAnAdministratorSendsItAgain() throws Exception {
        String to = "give-up-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = queueVerification(to, "Gil Giveup");

        for (int attempt = 1; attempt <= 8; attempt++) {
            dispatcher.sendDue();
            assertThat(entry(id).attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(entry(id).status()).isEqualTo(MailStatus.FAILED);
        assertThat(entry(id).nextAttemptAt()).isNull();

        startSmtpServer();
        dispatcher.sendDue();
        assertThat(receivedBy(to)).as("a failed message is not tried again by itself").isEmpty();

        long tht = partnerships.findByCode("THT").orElseThrow().id();
        SystemActor.runAs(tht, () -> mailLog.retry(id), "ADMIN");
        dispatcher.sendDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(part(receivedBy(to).getFirst(), "text/plain")).as("sent with its link, still working after 8 h")
                .contains("verify-email?token=abc");
        assertThat(entry(id).status()).isEqualTo(MailStatus.SENT);
        assertThat(entry(id).attempts()).isEqualTo(1);
        assertThat(stored(id)).doesNotContain("token=abc");
    }

    @Test
    void aSentMessageKeepsNoTokenAndItsLinkStillWorks() throws Exception {
        startSmtpServer();
        String to = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SystemActor.callAsSystem(() -> demoAccounts.create(to, "Rae Reset",
                partnerships.findByCode("THT").orElseThrow().id(), Set.of(Role.OFFICER), "kettle-harbour-violet-42"));
        passwordReset.requestReset(to, "192.0.2.10");
        long id = messages.findByRecipientOrderByIdAsc(to).getLast().getId();

        dispatcher.sendDue();

        var link = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)").matcher(part(receivedBy(to)
                .getFirst(), "text/plain"));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(part(receivedBy(to).getFirst(), "text/html")).contains(token);
        assertThat(stored(id)).as("text, HTML and token columns once sent").doesNotContain(token)
                .contains("reset-password?token=[one-time-token]");
        assertThat(passwordReset.isValid(token)).as("the link in the mail works").isTrue();
        assertThat(entry(id).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aMessageWhoseLinkExpiredBeforeItCouldBeSentIsNotSent() throws Exception {
        String to = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = mailer.queue(OutgoingMail.of("password-reset", to, Language.ENGLISH, partnerships.findByCode("THT").orElseThrow()
                .id()).with("name", "Lee Late").with("link", "http://localhost:8080/reset-password?token=xyz123")
                .withOneTimeToken("xyz123", Duration.ofHours(1)));
        dispatcher.sendDue();
        assertThat(entry(id).attempts()).isEqualTo(1);

        startSmtpServer();
        clock.advance(Duration.ofHours(1));
        dispatcher.sendDue();

        assertThat(receivedBy(to)).as("an expired link is not worth sending").isEmpty();
        assertThat(entry(id).status()).isEqualTo(MailStatus.FAILED);
        assertThat(entry(id).lastError()).isEqualTo(MailMessage.LINK_EXPIRED);
        assertThat(stored(id)).doesNotContain("xyz123");
        long tht = partnerships.findByCode("THT").orElseThrow().id();
        assertThatThrownBy(() -> SystemActor.runAs(tht, () -> mailLog.retry(id), "ADMIN"))
                .isInstanceOf(InvalidInputException.class).hasMessage(MailLog.LINK_EXPIRED.toString());
    }

    /** Everything stored about a message's content: subject, both bodies and the kept token. */
    private String stored(long id) {
        return jdbc.queryForObject("select concat(subject, '|', text_body, '|', html_body, '|',"
                + " coalesce(one_time_token, '')) from mail_message where id = ?", String.class, id);
    }

    @Test
    void attachmentsAreSent() throws Exception {
        startSmtpServer();
        String to = "attach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mailer.queue(OutgoingMail.of("verification", to, Language.ENGLISH, null)
                .with("name", "Ari Attach")
                .with("link", "http://localhost:8080/verify-email?token=abc")
                .withOneTimeToken("abc", Duration.ofHours(24))
                .attach(new MailAttachmentFile("offer-letter.pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))));

        dispatcher.sendDue();

        var message = receivedBy(to).getFirst();
        var attachment = findPart(message, p -> "offer-letter.pdf".equals(p.getFileName()));
        assertThat(attachment).isNotNull();
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).asString(StandardCharsets.US_ASCII)
                .isEqualTo("%PDF-1.4 test");
    }

    private interface PartTest {
        boolean test(Part part) throws Exception;
    }

    private static String part(Part message, String type) throws Exception {
        var found = findPart(message, p -> p.isMimeType(type) && p.getFileName() == null);
        assertThat(found).as("a %s part", type).isNotNull();
        return (String) found.getContent();
    }

    private static Part findPart(Part part, PartTest test) throws Exception {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = findPart(child, test);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return test.test(part) ? part : null;
    }
}

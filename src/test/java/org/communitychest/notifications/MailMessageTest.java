package org.communitychest.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The retry schedule of a message the SMTP server refused. */
class MailMessageTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static MailMessage queued() {
        return saved(new MailMessage(1L, "verification", "a@example.org",
                new RenderedMail("Subject", "text", "<p>html</p>"), T0, true));
    }

    /** As if saved: the log entry needs the id the database gives. */
    private static MailMessage saved(MailMessage message) {
        ReflectionTestUtils.setField(message, "id", 42L);
        return message;
    }

    @Test
    void newMessageIsDueAtOnceOrKeptUnsentWithoutAServer() {
        assertThat(queued().toEntry()).extracting(MailLogEntry::status, MailLogEntry::attempts,
                MailLogEntry::nextAttemptAt).containsExactly(MailStatus.QUEUED, 0, T0);
        var unsent = saved(new MailMessage(null, "verification", "a@example.org", new RenderedMail("s", "t", "h"), T0,
                false));
        assertThat(unsent.toEntry().status()).isEqualTo(MailStatus.NOT_SENT);
        assertThat(unsent.toEntry().nextAttemptAt()).isNull();
    }

    @Test
    void waitsTwiceAsLongAfterEachFailureThenGivesUpAfterEightAttempts() {
        var message = queued();
        var waits = new ArrayList<Duration>();
        Instant now = T0;
        for (int attempt = 1; attempt <= 7; attempt++) {
            message.failed("Connection refused", now);
            var entry = message.toEntry();
            assertThat(entry.status()).as("after attempt %d", attempt).isEqualTo(MailStatus.QUEUED);
            assertThat(entry.attempts()).isEqualTo(attempt);
            assertThat(entry.lastError()).isEqualTo("Connection refused");
            waits.add(Duration.between(now, entry.nextAttemptAt()));
            now = entry.nextAttemptAt();
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32));
        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofHours(1)));

        message.failed("Connection refused", now);

        var entry = message.toEntry();
        assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(MailMessage.MAX_ATTEMPTS).isEqualTo(8);
        assertThat(entry.nextAttemptAt()).isNull();
        assertThat(entry.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void sendingClearsTheErrorAndCountsTheAttempt() {
        var message = queued();
        message.failed("timeout", T0);
        message.sent(T0.plusSeconds(30));
        assertThat(message.toEntry()).extracting(MailLogEntry::status, MailLogEntry::attempts, MailLogEntry::sentAt,
                MailLogEntry::nextAttemptAt, MailLogEntry::lastError)
                .containsExactly(MailStatus.SENT, 2, T0.plusSeconds(30), null, null);
    }

    @Test
    void longErrorsAreCutToTheColumnSize() {
        var message = queued();
        message.failed("e".repeat(5000), T0);
        assertThat(message.toEntry().lastError()).hasSize(1000);
        message.failed(null, T0);
        assertThat(message.toEntry().lastError()).isEqualTo(MailMessage.UNKNOWN_ERROR);
    }

    @Test
    void onlyAFailedOrUnsentMessageCanBeRetriedAndThenStartsAgain() {
        var message = queued();
        assertThatThrownBy(() -> message.retryNow(T0)).isInstanceOf(IllegalStateException.class);
        for (int i = 0; i < 8; i++) {
            message.failed("refused", T0);
        }
        message.retryNow(T0.plusSeconds(5));
        assertThat(message.toEntry()).extracting(MailLogEntry::status, MailLogEntry::attempts,
                MailLogEntry::nextAttemptAt).containsExactly(MailStatus.QUEUED, 0, T0.plusSeconds(5));
    }

    private static MailMessage withLink(boolean canSend) {
        var message = saved(new MailMessage(1L, "password-reset", "a@example.org", new RenderedMail("Reset",
                "Open https://chest.example/reset-password?token=Secr3t_-x now",
                "<a href=\"https://chest.example/reset-password?token=Secr3t_-x\">Reset</a>"), T0, canSend));
        message.holdOneTimeToken("Secr3t_-x", T0.plus(Duration.ofHours(1)));
        return message;
    }

    @Test
    void theTokenIsKeptApartFromTheTextAndForgottenOnceSent() {
        var message = withLink(true);
        assertThat(message.textToRead()).isEqualTo("Open https://chest.example/reset-password?token=(hidden) now");
        assertThat(message.textToSend()).contains("token=Secr3t_-x");
        assertThat(message.htmlToSend()).contains("token=Secr3t_-x");
        assertThat(message.linkExpiredAt(T0.plus(Duration.ofMinutes(59)))).isFalse();

        message.sent(T0.plusSeconds(1));

        assertThat(message.textToRead()).doesNotContain("Secr3t");
        assertThatThrownBy(message::textToSend).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnsentMessageCanBeSentAgainOnlyWhileItsLinkWorks() {
        var message = withLink(false);
        assertThat(message.linkExpiredAt(T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(message.linkExpiredAt(T0.plus(Duration.ofHours(1)))).isTrue();
        assertThatThrownBy(() -> message.retryNow(T0.plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalStateException.class);

        message.retryNow(T0.plus(Duration.ofMinutes(30)));
        assertThat(message.toEntry().status()).isEqualTo(MailStatus.QUEUED);
    }

    @Test
    void aTokenThatIsNotInTheTextIsAMistake() {
        var message = queued();
        assertThatThrownBy(() -> message.holdOneTimeToken("absent", T0)).isInstanceOf(IllegalArgumentException.class);
    }
}

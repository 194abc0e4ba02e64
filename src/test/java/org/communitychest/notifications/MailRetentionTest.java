package org.communitychest.notifications;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.communitychest.base.Language;
import org.communitychest.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the database keeps of mail that was never sent (no SMTP server here): the one-time token only apart from the
 * text and until it expires, and the text and attachments only for the retention period (90 days), after which the
 * log row says so.
 */
class MailRetentionTest extends KaribuTest {

    @Autowired
    Mailer mailer;
    @Autowired
    MailRetention retention;

    private Instant t0;

    @BeforeEach
    void stopTheClock() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.freezeAt(t0);
    }

    private long queueInvitation(String to, String token) {
        return mailer.queue(OutgoingMail.of("invitation", to, Language.ENGLISH, thtId())
                .with("name", "Ivy Invited").with("inviter", "Ann Admin").with("partnership", "THT")
                .with("roles", "officer").with("link", "http://localhost:8080/accept-invitation?token=" + token)
                .withOneTimeToken(token, Duration.ofDays(7))
                .attach(new MailAttachmentFile("guide.pdf", "application/pdf",
                        "%PDF-1.4 guide".getBytes(StandardCharsets.US_ASCII))));
    }

    private String column(String column, long id) {
        return jdbc.queryForObject("select " + column + " from mail_message where id = ?", String.class, id);
    }

    private long attachments(long id) {
        return jdbc.queryForObject("select count(*) from mail_attachment where mail_id = ?", Long.class, id);
    }

    @Test
    void anUnsentMessagesTokenIsKeptApartFromItsTextUntilTheTokenExpires() {
        String to = uniqueEmail("unsent");
        long id = queueInvitation(to, "tok-unsent-123");

        assertThat(column("status", id)).isEqualTo("NOT_SENT");
        assertThat(column("text_body", id)).contains("accept-invitation?token=[one-time-token]")
                .doesNotContain("tok-unsent-123");
        assertThat(column("html_body", id)).doesNotContain("tok-unsent-123");
        assertThat(column("one_time_token", id)).as("kept so that it can still be sent").isEqualTo("tok-unsent-123");
        assertThat(latestMailTo(to).token()).as("as it would go out").isEqualTo("tok-unsent-123");

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        retention.run();
        assertThat(column("one_time_token", id)).isEqualTo("tok-unsent-123");

        clock.advance(Duration.ofSeconds(1));
        retention.run();
        assertThat(column("one_time_token", id)).as("expired: forgotten").isNull();
        assertThat(column("text_body", id)).contains("Ivy Invited");
    }

    @Test
    void afterTheRetentionPeriodTheTextAndAttachmentsAreDeletedAndTheLogSaysSo() {
        String old = uniqueEmail("old");
        long oldId = queueInvitation(old, "tok-old-456");
        clock.advance(Duration.ofDays(1));
        String recent = uniqueEmail("recent");
        long recentId = queueInvitation(recent, "tok-recent-789");
        assertThat(attachments(oldId)).isEqualTo(1);

        clock.advance(Duration.ofDays(89));
        retention.run();
        assertThat(column("body_deleted_at", oldId)).as("90 days old: deleted").isNotNull();
        assertThat(column("text_body", oldId)).isEmpty();
        assertThat(column("html_body", oldId)).isEmpty();
        assertThat(column("one_time_token", oldId)).isNull();
        assertThat(attachments(oldId)).isZero();
        assertThat(column("recipient", oldId)).as("the log row stays").isEqualTo(old);
        assertThat(column("body_deleted_at", recentId)).as("89 days old: kept").isNull();
        assertThat(column("text_body", recentId)).contains("Ivy Invited");
        assertThat(attachments(recentId)).isEqualTo(1);

        loginAs("admin@example.org");
        navigate("admin/mail");
        _setValue(_get(TextField.class), old);
        var grid = (Grid<?>) _get(Grid.class);
        assertThat(_getFormattedRow(grid, 0)).contains(old).anyMatch(cell -> cell.startsWith(
                "Not sent (no SMTP server configured) · text deleted "));
        _clickItem(grid, 0);
        var dialog = _get(Dialog.class);
        assertThat(_find(dialog, Pre.class)).as("no text to show").isEmpty();
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith(
                "The text of this message and its attachments were deleted on"));
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Send again"))).isEmpty();
        _get(dialog, Button.class, spec -> spec.withText("Close")).click();

        _setValue(_get(TextField.class), recent);
        _clickItem(grid, 0);
        assertThat(_get(_get(Dialog.class), Pre.class).getText()).contains("Ivy Invited", "token=(hidden)");
    }

    @Test
    void aMailWhoseLinkCarriesAnUndeclaredTokenIsRefused() {
        long before = mailCount();
        assertThatThrownBy(() -> mailer.queue(OutgoingMail.of("password-reset", uniqueEmail("undeclared"), Language.ENGLISH, null)
                .with("name", "Uma Undeclared").with("link", "http://localhost:8080/reset-password?token=abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withOneTimeToken");
        assertThat(mailCount()).isEqualTo(before);
    }
}

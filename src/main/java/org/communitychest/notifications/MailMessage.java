package org.communitychest.notifications;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "mail_message")
class MailMessage {

    static final int MAX_ATTEMPTS = 8;
    /** Stands for the one-time token in a stored body: the token itself is kept only while it may still be sent. */
    static final String TOKEN_PLACEHOLDER = "[one-time-token]";
    /**
     * The portal's own reasons, kept as bundle keys beside the SMTP server's words and translated in the mail log
     * ({@link MailLogEntry#OWN_ERROR}).
     */
    static final String LINK_EXPIRED = "staff.mail.error.link-expired";
    static final String NO_SMTP = "staff.mail.error.no-smtp";
    static final String UNKNOWN_ERROR = "staff.mail.error.unknown";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(nullable = false, length = 40)
    private String template;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "longtext")
    private String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "longtext")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The token of the message's link until the message is sent or the token expires; then null. */
    @Column(name = "one_time_token", length = 100)
    private String oneTimeToken;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    /** When the body and attachments were deleted at the end of the retention period. */
    @Column(name = "body_deleted_at")
    private Instant bodyDeletedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "mail_id", nullable = false)
    private List<MailAttachment> attachments = new ArrayList<>();

    protected MailMessage() {
    }

    MailMessage(Long partnershipId, String template, String recipient, RenderedMail mail, Instant now,
            boolean canSend) {
        this.partnershipId = partnershipId;
        this.template = template;
        this.recipient = recipient;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.createdAt = now;
        if (canSend) {
            this.status = MailStatus.QUEUED;
            this.nextAttemptAt = now;
        } else {
            this.status = MailStatus.NOT_SENT;
            this.lastError = NO_SMTP;
        }
    }

    /**
     * Takes the one-time token out of the stored bodies, keeping it aside until the message is sent or the token
     * expires.
     */
    void holdOneTimeToken(String token, Instant expiresAt) {
        if (!textBody.contains(token)) {
            throw new IllegalArgumentException("The one-time token is not in the text of mail " + template);
        }
        textBody = textBody.replace(token, TOKEN_PLACEHOLDER);
        htmlBody = htmlBody.replace(token, TOKEN_PLACEHOLDER);
        oneTimeToken = token;
        tokenExpiresAt = expiresAt;
    }

    /** Whether the message has a one-time link that no longer works (so sending it would not help). */
    boolean linkExpiredAt(Instant now) {
        return textBody.contains(TOKEN_PLACEHOLDER) && (oneTimeToken == null || !now.isBefore(tokenExpiresAt));
    }

    String textToSend() {
        return withToken(textBody);
    }

    String htmlToSend() {
        return withToken(htmlBody);
    }

    private String withToken(String body) {
        if (!body.contains(TOKEN_PLACEHOLDER)) {
            return body;
        }
        if (oneTimeToken == null) {
            throw new IllegalStateException(LINK_EXPIRED);
        }
        return body.replace(TOKEN_PLACEHOLDER, oneTimeToken);
    }

    /** The text as an administrator may read it: the one-time link's token is not shown. */
    String textToRead() {
        return textBody.replace(TOKEN_PLACEHOLDER, "(hidden)");
    }

    /** The link expired before the message could be sent: it is not tried again. */
    void linkExpired() {
        status = MailStatus.FAILED;
        nextAttemptAt = null;
        lastError = LINK_EXPIRED;
        oneTimeToken = null;
    }

    boolean isBodyDeleted() {
        return bodyDeletedAt != null;
    }

    Instant getBodyDeletedAt() {
        return bodyDeletedAt;
    }

    void attach(MailAttachmentFile file) {
        attachments.add(new MailAttachment(file));
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
        oneTimeToken = null;
    }

    /** A failed attempt: wait longer each time (30 s, 1 min, 2 min … at most an hour), then give up. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? UNKNOWN_ERROR : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            Duration wait = FIRST_RETRY.multipliedBy(1L << (attempts - 1));
            nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    void retryNow(Instant now) {
        if (status != MailStatus.FAILED && status != MailStatus.NOT_SENT) {
            throw new IllegalStateException("Only a failed or unsent message can be tried again");
        }
        if (isBodyDeleted() || linkExpiredAt(now)) {
            throw new IllegalStateException("A message whose text was deleted or whose link expired is not sent");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    Long getId() {
        return id;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    MailStatus getStatus() {
        return status;
    }

    List<MailAttachment> getAttachments() {
        return attachments;
    }

    MailLogEntry toEntry() {
        return new MailLogEntry(id, createdAt, template, recipient, subject, status, attempts, nextAttemptAt,
                sentAt, lastError, bodyDeletedAt);
    }
}

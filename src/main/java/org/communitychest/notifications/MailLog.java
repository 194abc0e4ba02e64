package org.communitychest.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.TextSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail log as an administrator reads it: the mail about their partnership only. Mail to people in no
 * partnership (an applicant's verification or password reset, a group's invitation) is visible to no administrator.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailLog {

    public static final Message BODY_DELETED = Message.of("staff.mail.log.body-deleted");
    public static final Message LINK_EXPIRED = Message.of("staff.mail.log.link-expired");

    private final MailMessageRepository messages;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    MailLog(MailMessageRepository messages, CurrentUser currentUser, AuditLog auditLog,
            ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MailLogEntry> search(String text, Pageable pageable) {
        String like = TextSearch.containing(text);
        return messages.search(currentUser.partnershipId(), like, pageable).map(MailMessage::toEntry).getContent();
    }

    /**
     * The message as sent, except that the token of a one-time link (invitation, password reset) is hidden: a
     * readable link would let an administrator take over the account. After the retention period there is no text
     * left to read.
     */
    @Transactional(readOnly = true)
    public MailBody body(long id) {
        var message = visible(id);
        return new MailBody(message.getSubject(), message.textToRead(),
                message.getAttachments().stream().map(MailAttachment::fileName).toList(), message.getBodyDeletedAt(),
                message.linkExpiredAt(clock.instant()));
    }

    /** Whether mail can be sent at all (an SMTP server is configured). */
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    @Transactional
    public void retry(long id) {
        var message = visible(id);
        if (!canSend()) {
            throw new InvalidInputException("status", Message.of("staff.mail.log.cannot-send"));
        }
        if (message.isBodyDeleted()) {
            throw new InvalidInputException("status", BODY_DELETED);
        }
        if (message.linkExpiredAt(clock.instant())) {
            throw new InvalidInputException("status", LINK_EXPIRED);
        }
        String before = message.getStatus().name();
        message.retryNow(clock.instant());
        auditLog.record(currentUser.partnershipId(), "MAIL_RETRY", "Mail", id, before, "QUEUED"); // not user text
    }

    private MailMessage visible(long id) {
        return messages.findByIdAndPartnershipId(id, currentUser.partnershipId())
                .orElseThrow(() -> new RecordNotFoundException("Message"));
    }

    /**
     * @param deletedAt when the text and attachments were deleted at the end of the retention period, or null
     * @param linkExpired whether the message's one-time link no longer works
     */
    public record MailBody(String subject, String text, List<String> attachmentNames, Instant deletedAt,
            boolean linkExpired) {
    }
}

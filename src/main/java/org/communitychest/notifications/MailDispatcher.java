package org.communitychest.notifications;

import jakarta.mail.MessagingException;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.communitychest.base.AppProperties;
import org.communitychest.base.SchedulingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends the queued mail that is due, one message per transaction; a failure is rescheduled, never lost. */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final AppProperties properties;
    private final Clock clock;

    MailDispatcher(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, AppProperties properties, Clock clock) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** On its own scheduler: an SMTP server that takes its time holds up no other job. */
    @Scheduled(fixedDelayString = "${chest.mail.poll-interval:5s}", scheduler = SchedulingConfiguration.MAIL_SCHEDULER)
    @SchedulerLock(name = "mail-dispatch")
    public void sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (Long id : messages.findDueIds(clock.instant(), PageRequest.of(0, BATCH))) {
            transactions.executeWithoutResult(status -> send(sender, messages.findById(id).orElseThrow()));
        }
    }

    private void send(JavaMailSender sender, MailMessage message) {
        if (message.linkExpiredAt(clock.instant())) {
            message.linkExpired();
            return;
        }
        try {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.textToSend(), message.htmlToSend());
            for (MailAttachment attachment : message.getAttachments()) {
                var file = attachment.toFile();
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            sender.send(mime);
            message.sent(clock.instant());
        } catch (MailException | MessagingException e) {
            log.warn("Sending mail {} failed (attempt {}): {}", message.getId(), message.toEntry().attempts() + 1,
                    e.getMessage());
            message.failed(e.getMessage(), clock.instant());
        }
    }
}

package org.communitychest.notifications;

import java.time.Clock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts an email in the mail log, in the caller's transaction, so that it goes out if and only if the
 * change it reports is saved. {@link MailDispatcher} sends it, retrying until the SMTP server answers. With no SMTP
 * host, each message is written to the application log as it is queued, with its working links: the only place a
 * one-time link is ever kept, since the mail log holds none.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Pattern UNDECLARED_TOKEN = Pattern.compile("[?&]token=");

    private final MailMessageRepository messages;
    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final Clock clock;

    Mailer(MailMessageRepository messages, MailTemplates templates, MailDelivery delivery, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional
    public long queue(OutgoingMail mail) {
        var now = clock.instant();
        var rendered = templates.render(mail.template(), mail.language(), mail.model());
        boolean canSend = delivery.canSend();
        var message = new MailMessage(mail.partnershipId(), mail.template(), mail.to(), rendered, now, canSend);
        if (mail.oneTimeToken() != null) {
            message.holdOneTimeToken(mail.oneTimeToken(), now.plus(mail.tokenLifetime()));
        } else if (UNDECLARED_TOKEN.matcher(rendered.text()).find()) {
            throw new IllegalArgumentException("Mail " + mail.template() + " has a link with a token: declare it"
                    + " with OutgoingMail.withOneTimeToken so that it is not kept after sending"); // not user text
        }
        mail.attachments().forEach(message::attach);
        long id = messages.save(message).getId();
        if (!canSend) {
            // Only once the mail (and the token it carries) is stored for good: a rolled-back link would not work.
            afterCommit(() -> log.info("No SMTP host is configured, so mail {} is not sent. To {},"
                    + " subject \"{}\":\n{}", id, mail.to(), rendered.subject(), rendered.text()));
        }
        return id;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

package org.communitychest.notifications;

import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an email in the mail log, in the caller's transaction, so that it goes out if and only if the
 * change it reports is saved. {@link MailDispatcher} sends it, retrying until the SMTP server answers.
 */
@Service
public class Mailer {

    private static final Pattern UNDECLARED_TOKEN = Pattern.compile("[?&]token=");

    private final MailMessageRepository messages;
    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    Mailer(MailMessageRepository messages, MailTemplates templates, ObjectProvider<JavaMailSender> mailSender,
            Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Transactional
    public long queue(OutgoingMail mail) {
        var now = clock.instant();
        var rendered = templates.render(mail.template(), mail.model());
        var message = new MailMessage(mail.partnershipId(), mail.template(), mail.to(), rendered, now,
                mailSender.getIfAvailable() != null);
        if (mail.oneTimeToken() != null) {
            message.holdOneTimeToken(mail.oneTimeToken(), now.plus(mail.tokenLifetime()));
        } else if (UNDECLARED_TOKEN.matcher(rendered.text()).find()) {
            throw new IllegalArgumentException("Mail " + mail.template() + " has a link with a token: declare it"
                    + " with OutgoingMail.withOneTimeToken so that it is not kept after sending");
        }
        mail.attachments().forEach(message::attach);
        return messages.save(message).getId();
    }
}

package org.communitychest.notifications;

import org.communitychest.base.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Whether the portal can send email (an SMTP host is configured), and the one way every screen tells a person
 * what happened to a message: it is only ever queued, then sent shortly, or kept until mail is set up.
 */
@Service
public class MailDelivery {

    private final ObjectProvider<JavaMailSender> mailSender;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    /** True when an SMTP host is configured, so queued mail goes out within moments. */
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * A sentence saying what became of a message just queued; {@code what} names it and who it goes to, as in
     * "a receipt to sam@example.org". The sentence may start with {@code what}: show it with a capital first.
     */
    public Message queued(Message what) {
        return Message.of(canSend() ? "mail.delivery.sending" : "mail.delivery.queued", what);
    }
}

package org.communitychest.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.Language;

/**
 * An email to send from a template: who to, in their language, which partnership it concerns, the values and any
 * files, and the
 * one-time token its link carries, if any (with how long the token works), so that the token is not kept once the
 * mail has gone out or the token has expired.
 */
public record OutgoingMail(String template, String to, Language language, Long partnershipId,
        Map<String, String> model, List<MailAttachmentFile> attachments, String oneTimeToken, Duration tokenLifetime) {

    /**
     * A mail to {@code to} in {@code language}: the one they chose ({@code Accounts.languageFor}), else for someone
     * with no account the language of the page that sends it.
     */
    public static OutgoingMail of(String template, String to, Language language, Long partnershipId) {
        if (language == null) {
            throw new IllegalArgumentException("A mail needs the recipient's language");
        }
        return new OutgoingMail(template, to, language, partnershipId, new LinkedHashMap<>(), new ArrayList<>(), null,
                null);
    }

    public OutgoingMail with(String key, String value) {
        model.put(key, value);
        return this;
    }

    public OutgoingMail attach(MailAttachmentFile file) {
        attachments.add(file);
        return this;
    }

    /** The token in this mail's link (verification, reset, invitation), which works for {@code lifetime}. */
    public OutgoingMail withOneTimeToken(String token, Duration lifetime) {
        if (token == null || token.isBlank() || lifetime == null || lifetime.isNegative()) {
            throw new IllegalArgumentException("A one-time token needs a value and a lifetime");
        }
        return new OutgoingMail(template, to, language, partnershipId, model, attachments, token, lifetime);
    }
}

package org.communitychest.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An email to send from a template: who to, which partnership it concerns, the values and any files. */
public record OutgoingMail(String template, String to, Long partnershipId, Map<String, String> model,
        List<MailAttachmentFile> attachments) {

    public static OutgoingMail of(String template, String to, Long partnershipId) {
        return new OutgoingMail(template, to, partnershipId, new LinkedHashMap<>(), new ArrayList<>());
    }

    public OutgoingMail with(String key, String value) {
        model.put(key, value);
        return this;
    }

    public OutgoingMail attach(MailAttachmentFile file) {
        attachments.add(file);
        return this;
    }
}

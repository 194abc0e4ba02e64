package org.communitychest.awards;

import org.communitychest.base.Message;

/**
 * The documents checked before a first payment: the group's governing document, a recent bank statement in its
 * name, and its safeguarding policy when the project works with children or adults at risk.
 */
public enum DueDiligenceKind {
    GOVERNING_DOCUMENT("governing-document"),
    BANK_STATEMENT("bank-statement"),
    SAFEGUARDING_POLICY("safeguarding-policy");

    private final String key;

    DueDiligenceKind(String key) {
        this.key = key;
    }

    public Message label() {
        return Message.of("awards.diligence.kind." + key);
    }

    public Message help() {
        return Message.of("awards.diligence.kind." + key + ".help");
    }

    public String slug() {
        return key;
    }
}

package org.communitychest.votes;

import java.util.Locale;
import org.communitychest.base.Message;

/** A resident invited by email, a printed one-time code handed out in person, or a group that applied. */
public enum VoterKind {
    EMAIL, CODE, APPLICANT;

    public Message label() {
        return Message.of("staff.votes.voter-kind." + name().toLowerCase(Locale.ROOT));
    }
}

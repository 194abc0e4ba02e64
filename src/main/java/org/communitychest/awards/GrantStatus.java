package org.communitychest.awards;

import java.util.EnumSet;
import java.util.Set;
import org.communitychest.base.Message;

/**
 * Where a grant is: its offer being prepared (the group sees nothing yet), offered, accepted or declined by the
 * group, active once the first payment is made, completed, or withdrawn by the partnership with a reason.
 */
public enum GrantStatus {
    PREPARING("preparing"),
    OFFERED("offered"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    ACTIVE("active"),
    COMPLETED("completed"),
    WITHDRAWN("withdrawn");

    private static final Set<GrantStatus> LIVE = EnumSet.of(ACCEPTED, ACTIVE);

    private final String key;

    GrantStatus(String key) {
        this.key = key;
    }

    public Message label() {
        return Message.of("awards.status." + key);
    }

    public String cssName() {
        return key;
    }

    /** Accepted and not yet finished: payments, variations and due diligence belong here. */
    public boolean isLive() {
        return LIVE.contains(this);
    }

    /** Published: the group accepted it, whatever happened after, except a withdrawal. */
    public boolean isAwarded() {
        return this == ACCEPTED || this == ACTIVE || this == COMPLETED;
    }

    public boolean canWithdraw() {
        return this == PREPARING || this == OFFERED || isLive();
    }
}

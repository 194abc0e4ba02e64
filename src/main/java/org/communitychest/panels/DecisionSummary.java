package org.communitychest.panels;

import java.time.Instant;
import java.util.List;
import org.communitychest.base.Money;

/**
 * A round's recorded decision, as officers read and release it: a panel's (its members who voted for the list) or a
 * vote's ({@code panelId} null, and who approved the list in the officer's words).
 */
public record DecisionSummary(Long panelId, long roundId, AllocationMethod method, long lotterySeed,
        int membersPresent, List<String> votedFor, String approvedBy, Instant recordedAt, String recordedBy, Instant releasedAt, String releasedBy,
        List<Line> bids, Money total) {

    public boolean released() {
        return releasedAt != null;
    }

    public record Line(long applicationId, String reference, String organisationName, String projectTitle,
            Money requested, BidOutcome outcome, Money amount, String overrideReason, String feedback) {
    }
}

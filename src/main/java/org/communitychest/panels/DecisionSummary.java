package org.communitychest.panels;

import java.time.Instant;
import java.util.List;
import org.communitychest.base.Money;

/** The panel's recorded decision, as officers read and release it. */
public record DecisionSummary(long panelId, long roundId, AllocationMethod method, long lotterySeed, int membersPresent,
        List<String> votedFor, Instant recordedAt, String recordedBy, Instant releasedAt, String releasedBy,
        List<Line> bids, Money total) {

    public boolean released() {
        return releasedAt != null;
    }

    public record Line(long applicationId, String reference, String organisationName, String projectTitle,
            Money requested, BidOutcome outcome, Money amount, String overrideReason, String feedback) {
    }
}

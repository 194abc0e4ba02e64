package org.communitychest.votes;

import java.time.Instant;
import java.util.List;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.BidOutcome;

/**
 * A vote's result as anyone may read it once its decision is released: how many voted, the pot, the count the
 * decision took, and each bid on the ballot with its approvals, what the count said of it and what was decided.
 *
 * @param share each voter's share of the pot, when the decision took the equal-shares count
 */
public record PublishedVote(long roundId, String roundTitle, String partnershipName, long ballots, Money pot,
        AllocationMethod method, Money share, Instant releasedAt, List<Bid> bids) {

    /**
     * A bid on the ballot: its approvals, the count's words on it, its outcome and award, and the partnership's
     * reason where the decision departs from the count.
     */
    public record Bid(BallotBid bid, long approvals, Message countSays, BidOutcome outcome, Money awarded,
            String overrideReason) {

        public boolean funded() {
            return outcome != BidOutcome.NOT_FUNDED;
        }
    }
}

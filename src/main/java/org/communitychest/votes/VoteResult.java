package org.communitychest.votes;

import java.time.Instant;
import java.util.List;
import org.communitychest.applications.BallotBid;
import java.util.Locale;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.votes.count.UnfundedProject;

/**
 * A closed vote counted both ways, with what a result page says of each bid: by equal shares (who paid for each
 * funded bid out of their share) and by approvals alone (greedy), and for every bid not funded, why, in money.
 * Costs are counted in whole pounds, as Pabulib files count them: a cost with pence is rounded up.
 */
public record VoteResult(long voteId, long roundId, String roundTitle, Money pot, long ballots, long voters, Instant closedAt,
        long lotterySeed, List<BallotBid> tieOrder, EqualSharesOutcome equalShares, GreedyOutcome greedy) {

    /** How equal shares shared the pot: each voter's share, raised by the completion, and each funded bid. */
    public record EqualSharesOutcome(Money share, Money raisedBy, List<SharePaid> funded, List<NotFunded> unfunded,
            Money total) {
    }

    /**
     * A bid funded by equal shares: its supporters, how many paid an equal part and how much that was, how many
     * paid all they had left (less), and what share of the bid's cost the supporters' shares covered.
     */
    public record SharePaid(BallotBid bid, long supporters, long paidEqualPart, Money equalPart, long paidAllTheyHad,
            Money paidByThoseWithLess) {
    }

    public record GreedyOutcome(List<ApprovalsFunded> funded, List<NotFunded> unfunded, Money total) {
    }

    public record ApprovalsFunded(BallotBid bid, long approvals, Money moneyLeftBefore) {
    }

    /** A bid a rule did not fund: its approvals, why, and the money there was for it when it dropped out. */
    public record NotFunded(BallotBid bid, long approvals, UnfundedProject.Reason reason, Money moneyAvailable,
            Money cost) {

        /** Why, in words and money, for staff: its approvals, and the money there was against the money it needed. */
        public Message reasonInWords(Money pot) {
            return reason("staff.votes.result.reason.", pot);
        }

        /** Why, in words and money, as the public result page says it to residents. */
        public Message reasonForEveryone(Money pot) {
            return reason("votes.result.reason.", pot);
        }

        private Message reason(String prefix, Money pot) {
            return Message.of(prefix + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), approvals,
                    moneyAvailable.toString(), cost.toShortString(), pot.toShortString());
        }
    }

    /** Whether the two counts fund the same bids. */
    public boolean sameOutcome() {
        return equalShares.funded().stream().map(f -> f.bid().id()).collect(java.util.stream.Collectors.toSet())
                .equals(greedy.funded().stream().map(f -> f.bid().id()).collect(java.util.stream.Collectors.toSet()));
    }
}

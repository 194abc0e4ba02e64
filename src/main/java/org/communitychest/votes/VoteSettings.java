package org.communitychest.votes;

import org.communitychest.rounds.DecisionMode;
import java.time.Instant;
import java.util.List;
import org.communitychest.base.Money;

/**
 * What the officer sets for a vote: how the round decides, when the vote is open, the pot, the bids on the ballot in
 * their order, how many a voter may tick (0: no limit) and whether the round's applicant groups vote.
 */
public record VoteSettings(DecisionMode mode, Instant opensAt, Instant closesAt, Money pot, int minTicks,
        int maxTicks, boolean applicantsVote, List<Long> bids) {
}

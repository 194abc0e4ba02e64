package org.communitychest.votes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.Money;

/**
 * A voter's ballot: the bids they may tick (a group never sees its own), how many they may tick (0: no limit), the
 * ticks they have cast so far, whether the vote takes ballots now, and whether its result is published (once the
 * round's decision is released).
 */
public record BallotPaper(BallotPass pass, long roundId, boolean resultPublished, String roundTitle, String partnershipName, Money pot, Instant closesAt,
        boolean takesBallots, VoteState state, int minTicks, int maxTicks, List<BallotBid> bids, Set<Long> approved,
        boolean hasVoted) {
}

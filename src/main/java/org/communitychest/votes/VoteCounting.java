package org.communitychest.votes;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.BallotBid;
import org.communitychest.applications.BallotBids;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.rounds.Rounds;
import org.communitychest.votes.count.ApprovalElection;
import org.communitychest.votes.count.CountingRule;
import org.communitychest.votes.count.EqualShares;
import org.communitychest.votes.count.GreedyByApprovals;
import org.communitychest.votes.count.PabulibFile;
import org.communitychest.votes.count.Project;
import org.communitychest.votes.count.Rational;
import org.communitychest.votes.count.UnfundedProject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a closed vote both ways, from its ballots as they are stored: nothing of the count is kept, so anyone with
 * the same ballots (the Pabulib file) gets the same result. Ties go to the lower cost, then to the vote's lottery.
 * Whoever asks is checked by the services that call it: {@link VoteResults} for officers, {@link PublishedVotes}
 * once the decision is released.
 */
@Component
class VoteCounting {

    private final VoterRepository voters;
    private final BallotBox box;
    private final BallotBids bids;
    private final Rounds rounds;

    VoteCounting(VoterRepository voters, BallotBox box, BallotBids bids, Rounds rounds) {
        this.voters = voters;
        this.box = box;
        this.bids = bids;
        this.rounds = rounds;
    }

    /** The closed vote counted both ways; for the officer's page and, once its decision is released, the public. */
    @Transactional(readOnly = true)
    VoteResult count(Vote vote) {
        long voteId = vote.getId();
        var onBallot = bids.of(vote.getRoundId(), vote.getBids());
        var byId = onBallot.stream().collect(Collectors.toMap(b -> String.valueOf(b.id()), Function.identity()));
        var tieOrder = tieOrder(onBallot, vote.getLotterySeed());
        var election = election(vote, onBallot, tieOrder);
        var equal = EqualShares.count(election);
        var greedy = GreedyByApprovals.count(election);
        var equalOutcome = new VoteResult.EqualSharesOutcome(money(equal.share()), Money.ofPounds(equal.raisedBy()),
                equal.funded().stream().map(p -> new VoteResult.SharePaid(byId.get(p.projectId()), p.supporters(),
                        p.paidEqualPart(), money(p.equalPart()), p.paidAllTheyHad(), money(p.paidByThoseWithLess())))
                        .toList(), notFunded(equal.unfunded(), byId), Money.ofPounds(equal.totalCost()));
        var greedyOutcome = new VoteResult.GreedyOutcome(greedy.funded().stream().map(f -> new VoteResult
                .ApprovalsFunded(byId.get(f.projectId()), f.approvals(), Money.ofPounds(f.moneyLeftBefore())))
                .toList(), notFunded(greedy.unfunded(), byId), Money.ofPounds(greedy.totalCost()));
        return new VoteResult(voteId, vote.getRoundId(), rounds.published(vote.getRoundId()).title(), Money.ofPence(vote.getPotPence()),
                box.count(voteId), voters.countByVoteId(voteId), vote.getClosedAt(), vote.getLotterySeed(), tieOrder,
                equalOutcome, greedyOutcome);
    }

    /**
     * The closed vote's anonymous ballots, its bids, their costs, the pot and the rule, as a Pabulib file: each
     * ballot under a number of its own in an order that says nothing of who or when, the bids equal shares funds
     * marked selected.
     */
    @Transactional(readOnly = true)
    String pabulib(Vote vote, CountingRule rule) {
        var onBallot = bids.of(vote.getRoundId(), vote.getBids());
        var election = election(vote, onBallot, tieOrder(onBallot, vote.getLotterySeed()));
        var round = rounds.published(vote.getRoundId());
        var meta = new java.util.LinkedHashMap<String, String>();
        meta.put("description", round.title()); // not user text: Pabulib keys
        meta.put("country", "United Kingdom"); // not user text
        meta.put("unit", round.partnershipName()); // not user text
        meta.put("instance", String.valueOf(London.toLocal(vote.getClosesAt()).getYear())); // not user text
        meta.put("date_begin", London.toLocal(vote.getOpensAt()).toLocalDate().toString()); // not user text
        meta.put("date_end", London.toLocal(vote.getClosedAt()).toLocalDate().toString()); // not user text
        meta.put("currency", "GBP"); // not user text
        return PabulibFile.of(election, rule.count(election), rule.pabulibName(), meta).text();
    }

    /** The vote as the count reads it: costs in whole pounds (rounded up), the pot in whole pounds (down). */
    ApprovalElection election(Vote vote, List<BallotBid> onBallot, List<BallotBid> tieOrder) {
        var projects = onBallot.stream().map(b -> new Project(String.valueOf(b.id()), pounds(b.cost()),
                b.title())).toList();
        List<Set<String>> ballots = box.all(vote.getId()).stream().map(ticks -> ticks.stream()
                .map(String::valueOf).collect(Collectors.toSet())).toList();
        return new ApprovalElection(projects, ballots, vote.getPotPence() / 100,
                tieOrder.stream().map(b -> String.valueOf(b.id())).toList());
    }

    /** Lower cost first; bids of the same cost in the order of a lottery drawn with the vote's seed. */
    static List<BallotBid> tieOrder(List<BallotBid> onBallot, long seed) {
        var drawn = new ArrayList<>(onBallot);
        java.util.Collections.shuffle(drawn, new Random(seed));
        Map<Long, Integer> draw = new java.util.HashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            draw.put(drawn.get(i).id(), i);
        }
        return onBallot.stream().sorted(Comparator.comparingLong((BallotBid b) -> b.cost().pence())
                .thenComparing(b -> draw.get(b.id()))).toList();
    }

    private static List<VoteResult.NotFunded> notFunded(List<UnfundedProject> unfunded, Map<String, BallotBid> byId) {
        return unfunded.stream().map(u -> new VoteResult.NotFunded(byId.get(u.projectId()), u.approvals(),
                u.reason(), money(u.moneyAvailable()), Money.ofPounds(u.cost()))).toList();
    }

    /** A cost as the count and Pabulib files read it: whole pounds, a cost with pence rounded up. */
    static long pounds(Money cost) {
        return Math.ceilDiv(cost.pence(), 100);
    }

    /** Pounds as a fraction, to the penny (rounded down: never more than there was). */
    private static Money money(Rational pounds) {
        return Money.ofPence(pounds.multiply(100).toBigDecimal(0, RoundingMode.FLOOR).longValueExact());
    }
}

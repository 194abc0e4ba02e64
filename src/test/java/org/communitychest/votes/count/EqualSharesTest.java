package org.communitychest.votes.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitychest.votes.count.EqualShares.Completion;
import org.communitychest.votes.count.UnfundedProject.Reason;
import org.junit.jupiter.api.Test;

/** Hand-worked counts; each comment gives the working. */
class EqualSharesTest {

    @Test
    void aMajorityDoesNotTakeThePotWhileGreedyLetsIt() {
        // £100, 10 voters with £10 each. Voters 1–6 approve A £60 and B £40; voters 7–10 approve C £40.
        // Equal shares: A and B both have ρ = 1/6 (six supporters paying equally for the whole cost); the tie order
        // gives A. Voters 1–6 pay £10 each for it and have nothing left for B. C: ρ = 10/40 = 1/4, voters 7–10 pay
        // £10 each. The pot is spent, so the completion has nothing to do.
        // Greedy: A (6 approvals), B (6) fits the £40 left, C (4) does not fit £0.
        var election = abc(List.of("A", "B", "C"));

        var shares = EqualShares.count(election);
        assertThat(shares.selected()).containsExactly("A", "C");
        assertThat(shares.totalCost()).isEqualTo(100);
        assertThat(shares.completion()).isEqualTo(Completion.POT_SPENT);
        assertThat(shares.raisedBy()).isZero();
        assertThat(shares.share()).isEqualTo(Rational.of(10));
        assertThat(shares.funded().getFirst()).isEqualTo(new PaidForProject("A", 60, 6, 6, 0, 0, Rational.of(10),
                Rational.ZERO, Rational.of(1, 6)));
        assertThat(shares.funded().get(1).rho()).isEqualTo(Rational.of(1, 4));
        assertThat(shares.unfunded()).containsExactly(new UnfundedProject("B", 40, 6,
                Reason.SUPPORTERS_SHARES_TOO_SMALL, Rational.ZERO, 1));

        var greedy = GreedyByApprovals.count(election);
        assertThat(greedy.selected()).containsExactly("A", "B");
        assertThat(greedy.unfunded()).containsExactly(new UnfundedProject("C", 40, 4, Reason.DID_NOT_FIT,
                Rational.ZERO, 2));
    }

    @Test
    void theTieOrderDecidesEqualRho() {
        // As above with B before A in the tie order: B first, its six supporters pay £40/6 each and keep £10/3,
        // £20 together: A (£60) drops out. C follows: £80 spent. The completion raises every share: A needs its
        // supporters to keep £10 each after B, a share of £50/3; at £16 they hold 6 × (16 − 20/3) = £56, at £17 B, A
        // and C are all funded for £140 > £100. So the count keeps the share of £16, B and C.
        var shares = EqualShares.count(abc(List.of("B", "A", "C")));

        assertThat(shares.selected()).containsExactly("B", "C");
        assertThat(shares.totalCost()).isEqualTo(80);
        assertThat(shares.raisedBy()).isEqualTo(6);
        assertThat(shares.share()).isEqualTo(Rational.of(16));
        assertThat(shares.completion()).isEqualTo(Completion.NEXT_STEP_OVERSPENDS);
        assertThat(shares.funded().getFirst().equalPart()).isEqualTo(Rational.of(20, 3));
        assertThat(shares.unfunded()).containsExactly(new UnfundedProject("A", 60, 6,
                Reason.SUPPORTERS_SHARES_TOO_SMALL, Rational.of(56), 1));
        assertThat(shares.unfunded().getFirst().shortfall()).isEqualTo(Rational.of(4));
    }

    @Test
    void theCompletionAddsAProjectTheRealShareCouldNotAfford() {
        // £100, 10 voters. Voters 1–2 approve D £30; voters 3–10 approve E £70. With £10 each, E (ρ = 1/8) is funded
        // and D's two supporters hold £20 of £30. Raising every share by £1 at a time: at £15 they hold £30, D is
        // funded after E and the pot is spent.
        List<Set<String>> ballots = new ArrayList<>();
        IntStream.range(0, 2).forEach(i -> ballots.add(Set.of("D")));
        IntStream.range(0, 8).forEach(i -> ballots.add(Set.of("E")));
        var election = ApprovalElection.inBallotOrder(List.of(project("D", 30), project("E", 70)), ballots, 100);

        var plain = EqualShares.withoutCompletion(election);
        assertThat(plain.selected()).containsExactly("E");
        assertThat(plain.completion()).isEqualTo(Completion.NOT_ASKED);
        assertThat(plain.unfunded()).containsExactly(new UnfundedProject("D", 30, 2,
                Reason.SUPPORTERS_SHARES_TOO_SMALL, Rational.of(20), 0));

        var completed = EqualShares.count(election);
        assertThat(completed.selected()).containsExactly("E", "D");
        assertThat(completed.totalCost()).isEqualTo(100);
        assertThat(completed.raisedBy()).isEqualTo(5);
        assertThat(completed.share()).isEqualTo(Rational.of(15));
        assertThat(completed.completion()).isEqualTo(Completion.POT_SPENT);
        assertThat(completed.funded().get(1)).isEqualTo(new PaidForProject("D", 30, 2, 2, 0, 0, Rational.of(15),
                Rational.ZERO, Rational.of(1, 2)));
        assertThat(completed.unfunded()).isEmpty();
    }

    @Test
    void supportersWithLessThanAnEqualPartPayAllTheyHave() {
        // £30, 3 voters with £10 each. X £12 (voters 1, 2): ρ = 6/12 = 1/2, each pays £6 and keeps £4. Y £14
        // (voters 2, 3) together hold £14: an equal part would be £7, more than voter 2's £4, so voter 2 pays £4 and
        // voter 3 the other £10 (ρ = 10/14 = 5/7).
        var election = ApprovalElection.inBallotOrder(List.of(project("X", 12), project("Y", 14)),
                List.of(Set.of("X"), Set.of("X", "Y"), Set.of("Y")), 30);

        var shares = EqualShares.withoutCompletion(election);

        assertThat(shares.funded()).containsExactly(
                new PaidForProject("X", 12, 2, 2, 0, 0, Rational.of(6), Rational.ZERO, Rational.of(1, 2)),
                new PaidForProject("Y", 14, 2, 1, 1, 0, Rational.of(10), Rational.of(4), Rational.of(5, 7)));
    }

    @Test
    void aSupporterWhoseShareIsSpentCountsAsHavingNothingLeft() {
        // £30, 3 voters. Z £20 (voters 1, 2) and Y £10 (voters 1, 3) both start at ρ = 1/2; Z is first in the tie
        // order and takes all of voters 1 and 2's money. Y: voter 1 has nothing, voter 3 pays all £10 (ρ = 1).
        var election = new ApprovalElection(List.of(project("Y", 10), project("Z", 20)),
                List.of(Set.of("Z", "Y"), Set.of("Z"), Set.of("Y")), 30, List.of("Z", "Y"));

        var shares = EqualShares.withoutCompletion(election);

        assertThat(shares.selected()).containsExactly("Z", "Y");
        assertThat(shares.funded().get(1)).isEqualTo(new PaidForProject("Y", 10, 2, 1, 0, 1, Rational.of(10),
                Rational.ZERO, Rational.of(1)));
    }

    @Test
    void aProjectCostingMoreThanThePotIsNeverFunded() {
        // £100, 4 voters. P £150 approved by all, Q £50 by voters 1 and 2. With £25 each P is out of reach and Q is
        // funded. The completion raises the shares; at £38 P becomes affordable (4 × 37.5) and wins with ρ = 1/4,
        // costing more than the pot, so the count keeps the share of £37, Q only. P's supporters then held £148.
        var election = ApprovalElection.inBallotOrder(List.of(project("P", 150), project("Q", 50)),
                List.of(Set.of("P", "Q"), Set.of("P", "Q"), Set.of("P"), Set.of("P")), 100);

        var shares = EqualShares.count(election);
        assertThat(shares.selected()).containsExactly("Q");
        assertThat(shares.raisedBy()).isEqualTo(12);
        assertThat(shares.completion()).isEqualTo(Completion.NEXT_STEP_OVERSPENDS);
        assertThat(shares.unfunded()).containsExactly(new UnfundedProject("P", 150, 4, Reason.MORE_THAN_THE_POT,
                Rational.of(148), 0));

        var greedy = GreedyByApprovals.count(election);
        assertThat(greedy.selected()).containsExactly("Q");
        assertThat(greedy.unfunded()).containsExactly(new UnfundedProject("P", 150, 4, Reason.MORE_THAN_THE_POT,
                Rational.of(100), 0));
    }

    @Test
    void aVoteNobodyVotedInFundsNothing() {
        var election = ApprovalElection.inBallotOrder(List.of(project("A", 10), project("B", 20)), List.of(), 100);

        var shares = EqualShares.count(election);
        assertThat(shares.selected()).isEmpty();
        assertThat(shares.totalCost()).isZero();
        assertThat(shares.completion()).isEqualTo(Completion.NO_VOTERS);
        assertThat(shares.unfunded()).extracting(UnfundedProject::reason)
                .containsExactly(Reason.NO_APPROVALS, Reason.NO_APPROVALS);

        var greedy = GreedyByApprovals.count(election);
        assertThat(greedy.selected()).isEmpty();
        assertThat(greedy.unfunded()).extracting(UnfundedProject::reason)
                .containsExactly(Reason.NO_APPROVALS, Reason.NO_APPROVALS);
    }

    @Test
    void aProjectNobodyApprovedIsNotFundedEvenWithMoneyLeft() {
        var election = ApprovalElection.inBallotOrder(List.of(project("A", 10), project("B", 20)),
                List.of(Set.of("A"), Set.of("A")), 100);

        var shares = EqualShares.count(election);
        assertThat(shares.selected()).containsExactly("A");
        assertThat(shares.completion()).isEqualTo(Completion.EVERY_PROJECT_FUNDED);
        assertThat(shares.unfunded()).containsExactly(new UnfundedProject("B", 20, 0, Reason.NO_APPROVALS,
                Rational.ZERO, 0));
        assertThat(GreedyByApprovals.count(election).selected()).containsExactly("A");
    }

    @Test
    void sharesOfATenthAddUpExactlyWhereDoublesFallShort() {
        // £1 among 10 voters: a tenth each. Ten doubles of 0.1 add up to 0.9999999999999999, less than the £1 the
        // project costs, so a count in doubles would say its supporters cannot afford it. Exactly, they can.
        double inDoubles = 0;
        for (int i = 0; i < 10; i++) {
            inDoubles += 1.0 / 10;
        }
        assertThat(inDoubles).isLessThan(1.0);
        var election = ApprovalElection.inBallotOrder(List.of(project("X", 1)),
                IntStream.range(0, 10).mapToObj(i -> Set.of("X")).toList(), 1);

        var shares = EqualShares.withoutCompletion(election);

        assertThat(shares.selected()).containsExactly("X");
        assertThat(shares.funded().getFirst().equalPart()).isEqualTo(Rational.of(1, 10));
        assertThat(shares.share()).isEqualTo(Rational.of(1, 10));
    }

    @Test
    void sharesOfAThirdStayExact() {
        // £100 among 3 voters: £100/3 each. X £50 (all three) costs each £50/3 and leaves £50/3; Y £50 (voters 1, 2)
        // then needs £25 each from £50/3: not affordable (£100/3 together). Z £100/3 would need a whole number, so
        // Z costs £33 (voter 3 alone): £50/3 < £33. Nothing else is affordable; the completion then decides.
        var election = ApprovalElection.inBallotOrder(List.of(project("X", 50), project("Y", 50), project("Z", 33)),
                List.of(Set.of("X", "Y"), Set.of("X", "Y"), Set.of("X", "Z")), 100);

        var plain = EqualShares.withoutCompletion(election);
        assertThat(plain.selected()).containsExactly("X");
        assertThat(plain.funded().getFirst().equalPart()).isEqualTo(Rational.of(50, 3));
        assertThat(plain.unfunded()).containsExactly(
                new UnfundedProject("Y", 50, 2, Reason.SUPPORTERS_SHARES_TOO_SMALL, Rational.of(100, 3), 1),
                new UnfundedProject("Z", 33, 1, Reason.SUPPORTERS_SHARES_TOO_SMALL, Rational.of(50, 3), 1));
        assertThat(EqualShares.count(election).selected())
                .isEqualTo(EqualSharesByTheBook.count(election, true));
    }

    private static ApprovalElection abc(List<String> tieOrder) {
        List<Set<String>> ballots = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> ballots.add(Set.of("A", "B")));
        IntStream.range(0, 4).forEach(i -> ballots.add(Set.of("C")));
        return new ApprovalElection(List.of(project("A", 60), project("B", 40), project("C", 40)), ballots, 100,
                tieOrder);
    }

    static Project project(String id, long cost) {
        return new Project(id, cost, "Project " + id);
    }
}

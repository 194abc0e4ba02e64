package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final long POUND = 100;
    private static final long POT = 10_000 * POUND;

    @Test
    void withoutRulesGreedyAndOptimalDiffer() {
        // £10,000: A £6,000 (90), B £5,000 (80), C £5,000 (75). Greedy takes A, then neither B nor C fits £4,000;
        // optimal takes B and C: 155 against 90.
        var allocation = Allocation.of(List.of(bid(1, 6_000, 90), bid(2, 5_000, 80), bid(3, 5_000, 75)), POT,
                AllocationRules.none(), 7);

        var greedy = allocation.greedy();
        assertThat(greedy.funded()).extracting(FundedBid::bidId).containsExactly(1L);
        assertThat(greedy.funded().getFirst().reason()).isEqualTo(FundedBid.Reason.RANKED_AND_FITTED);
        assertThat(greedy.unfunded(2)).contains(new UnfundedBid(2, 2, 5_000 * POUND, UnfundedBid.Reason.DID_NOT_FIT,
                4_000 * POUND, OptionalLong.empty()));
        assertThat(greedy.unfunded(2).orElseThrow().shortfallPence()).isEqualTo(1_000 * POUND);
        assertThat(greedy.totals()).isEqualTo(new FundingOutcome.Totals(POT, 6_000 * POUND, 0, 4_000 * POUND, 90, 1));
        assertThat(greedy.optimality()).isEqualTo(FundingOutcome.Optimality.NOT_CLAIMED);

        var optimal = allocation.optimal();
        assertThat(optimal.solver()).isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
        assertThat(optimal.optimality()).isEqualTo(FundingOutcome.Optimality.PROVEN);
        assertThat(optimal.funded()).extracting(FundedBid::bidId).containsExactly(2L, 3L);
        assertThat(optimal.funded()).extracting(FundedBid::reason).containsOnly(FundedBid.Reason.BEST_COMBINATION);
        assertThat(optimal.unfunded(1)).contains(new UnfundedBid(1, 1, 6_000 * POUND,
                UnfundedBid.Reason.DISPLACES_BIDS_WORTH_MORE, 0, OptionalLong.empty()));
        assertThat(optimal.totals().scoreSum()).isEqualTo(155.0);
        assertThat(optimal.totals().moneyLeftPence()).isZero();
        assertThat(optimal.constraints()).containsExactly(new ConstraintCheck(ConstraintCheck.Kind.POT, 0,
                ConstraintCheck.Bound.AT_MOST, POT, POT));
    }

    @Test
    void withoutRulesTheyCanAgree() {
        // A £5,000 (90) and B £4,000 (80) fill £9,000; C £3,000 (70) does not fit the £1,000 left; A+B 170 is best
        var allocation = Allocation.of(List.of(bid(1, 5_000, 90), bid(2, 4_000, 80), bid(3, 3_000, 70)), POT,
                AllocationRules.none(), 7);

        assertThat(allocation.greedy().funded()).extracting(FundedBid::bidId).containsExactly(1L, 2L);
        assertThat(allocation.optimal().funded()).extracting(FundedBid::bidId).containsExactly(1L, 2L);
        assertThat(allocation.greedy().unfunded(3).orElseThrow().moneyLeftPence()).isEqualTo(1_000 * POUND);
        assertThat(allocation.optimal().unfunded(3).orElseThrow().reason())
                .isEqualTo(UnfundedBid.Reason.DISPLACES_BIDS_WORTH_MORE);
    }

    @Test
    void oneGrantPerOrganisation() {
        // A and B are both organisation 1's; C is organisation 2's. Greedy: A, then B is its organisation's second,
        // then C. Optimal: A + C = 150 beats B + C = 145.
        var rules = new AllocationRules(List.of(), true, 0, 0, 0);
        var allocation = Allocation.of(List.of(bid(1, 1, 5_000, 90), bid(2, 1, 4_000, 85), bid(3, 2, 5_000, 60)),
                POT, rules, 7);

        for (FundingOutcome outcome : List.of(allocation.greedy(), allocation.optimal())) {
            assertThat(outcome.funded()).extracting(FundedBid::bidId).containsExactly(1L, 3L);
            var second = outcome.unfunded(2).orElseThrow();
            assertThat(second.reason()).isEqualTo(UnfundedBid.Reason.ORGANISATION_ALREADY_FUNDED);
            assertThat(second.fundedBidOfOrganisation()).hasValue(1);
            assertThat(outcome.constraints()).contains(new ConstraintCheck(
                    ConstraintCheck.Kind.ONE_PER_ORGANISATION, 0, ConstraintCheck.Bound.AT_MOST, 1, 1));
        }
        assertThat(allocation.optimal().solver()).isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
    }

    @Test
    void anAreaShareMakesGreedyFundItsBestRankedBidFirstWhileOptimalFindsACheaperWay() {
        // Area 7 must have 30% of £10,000 = £3,000. A £5,000 (90), B £2,000 (80), E £3,000 (70) are in area 1;
        // C £5,000 (60) and D £3,000 (55) in area 7. Greedy funds C for the share, then A; nothing else fits: 150.
        // Unconstrained, A + B + E (240) has nothing in area 7; with the share, A + B + D = 225 is best.
        var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 7, 0.3)), false, 0, 0, 0);
        var allocation = Allocation.of(List.of(inArea(1, 5_000, 90, 1), inArea(2, 2_000, 80, 1),
                inArea(5, 3_000, 70, 1), inArea(3, 5_000, 60, 7), inArea(4, 3_000, 55, 7)), POT, rules, 7);

        var greedy = allocation.greedy();
        assertThat(greedy.funded()).extracting(FundedBid::bidId, FundedBid::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, FundedBid.Reason.RANKED_AND_FITTED),
                org.assertj.core.groups.Tuple.tuple(3L, FundedBid.Reason.AREA_SHARE));
        assertThat(greedy.totals().scoreSum()).isEqualTo(150.0);
        assertThat(greedy.unfunded(2).orElseThrow().reason()).isEqualTo(UnfundedBid.Reason.DID_NOT_FIT);
        var share = new ConstraintCheck(ConstraintCheck.Kind.AREA_SHARE, 7, ConstraintCheck.Bound.AT_LEAST,
                3_000 * POUND, 5_000 * POUND);
        assertThat(greedy.constraints()).contains(share);

        var optimal = allocation.optimal();
        assertThat(optimal.solver()).isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
        assertThat(optimal.optimality()).isEqualTo(FundingOutcome.Optimality.PROVEN);
        assertThat(optimal.funded()).extracting(FundedBid::bidId).containsExactly(1L, 2L, 4L);
        assertThat(optimal.totals().scoreSum()).isEqualTo(225.0);
        assertThat(optimal.constraints()).contains(new ConstraintCheck(ConstraintCheck.Kind.AREA_SHARE, 7,
                ConstraintCheck.Bound.AT_LEAST, 3_000 * POUND, 3_000 * POUND));
        assertThat(optimal.allConstraintsMet()).isTrue();
        assertThat(optimal.setAside()).isEmpty();
    }

    @Test
    void aShareNoBidsCanMeetIsSetAsideAndReported() {
        // Area 9 asks for half the pot, but its only bid costs £1,000.
        var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 9, 0.5)), false, 0, 0, 0);
        var allocation = Allocation.of(List.of(inArea(1, 6_000, 90, 1), inArea(2, 4_000, 80, 1),
                inArea(3, 1_000, 40, 9)), POT, rules, 7);

        var unmet = new ConstraintCheck(ConstraintCheck.Kind.AREA_SHARE, 9, ConstraintCheck.Bound.AT_LEAST,
                5_000 * POUND, 1_000 * POUND);
        // greedy funds area 9's bid first, then A; B no longer fits
        assertThat(allocation.greedy().funded()).extracting(FundedBid::bidId).containsExactly(1L, 3L);
        assertThat(allocation.greedy().constraints()).contains(unmet);
        assertThat(allocation.greedy().allConstraintsMet()).isFalse();

        var optimal = allocation.optimal();
        assertThat(optimal.setAside()).extracting(ConstraintCheck::kind, ConstraintCheck::groupId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConstraintCheck.Kind.AREA_SHARE, 9L));
        assertThat(optimal.funded()).extracting(FundedBid::bidId).containsExactly(1L, 2L);
        assertThat(optimal.setAside().getFirst().actual()).isZero();
        assertThat(optimal.setAside().getFirst().met()).isFalse();
    }

    @Test
    void ofTwoSharesThatCannotBothBeMetTheSecondIsSetAside() {
        // Areas 1 and 2 each ask for 60% (£6,000); each alone can be met, not both within £10,000.
        var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1, 0.6),
                new MinimumShare(MinimumShare.Group.AREA, 2, 0.6)), false, 0, 0, 0);
        var allocation = Allocation.of(List.of(inArea(1, 6_000, 50, 1), inArea(2, 6_000, 60, 2),
                inArea(3, 4_000, 70, 3)), POT, rules, 7);

        var optimal = allocation.optimal();
        assertThat(optimal.setAside()).extracting(ConstraintCheck::groupId).containsExactly(2L);
        assertThat(optimal.funded()).extracting(FundedBid::bidId).containsExactly(3L, 1L);
        assertThat(optimal.constraints()).filteredOn(c -> c.groupId() == 1).allMatch(ConstraintCheck::met);
    }

    @Test
    void theSmallGroupReserveIsKeptForSmallGroups() {
        // 30% of £10,000 is reserved: others may spend £7,000. A (£6,000, 90) is funded; B (£2,000, 80) would fit the
        // £4,000 left but only £1,000 of it is not reserved; C, a small group (£3,000, 50), is funded.
        var rules = new AllocationRules(List.of(), false, 0.3, 0, 0);
        var small = new AllocationCandidate(3, 3, 3_000 * POUND, 50, 50, 0, Set.of(), Set.of(), true, Set.of());
        var allocation = Allocation.of(List.of(bid(1, 6_000, 90), bid(2, 2_000, 80), small), POT, rules, 7);

        for (FundingOutcome outcome : List.of(allocation.greedy(), allocation.optimal())) {
            assertThat(outcome.funded()).extracting(FundedBid::bidId).containsExactly(1L, 3L);
            assertThat(outcome.unfunded(2).orElseThrow()).isEqualTo(new UnfundedBid(2, 2, 2_000 * POUND,
                    UnfundedBid.Reason.RESERVED_FOR_SMALL_GROUPS, 1_000 * POUND, OptionalLong.empty()));
            assertThat(outcome.constraints()).contains(new ConstraintCheck(ConstraintCheck.Kind.SMALL_GROUP_RESERVE,
                    0, ConstraintCheck.Bound.AT_MOST, 7_000 * POUND, 6_000 * POUND));
        }
        assertThat(allocation.optimal().solver()).isEqualTo(FundingOutcome.Solver.MIXED_INTEGER_PROGRAMMING);
    }

    @Test
    void aMinimumOfPriorityGapsIsCovered() {
        // Two gaps must be covered. A and B cover gap 1, C gap 2; £10,000 fits two of them.
        var gap1 = new PriorityGap(1, 1);
        var gap2 = new PriorityGap(2, 1);
        var rules = new AllocationRules(List.of(), false, 0, 2, 0);
        var allocation = Allocation.of(List.of(covering(1, 5_000, 90, gap1), covering(2, 5_000, 85, gap1),
                covering(3, 5_000, 60, gap2)), POT, rules, 7);

        assertThat(allocation.greedy().funded()).extracting(FundedBid::bidId, FundedBid::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, FundedBid.Reason.PRIORITY_GAP),
                org.assertj.core.groups.Tuple.tuple(3L, FundedBid.Reason.PRIORITY_GAP));
        assertThat(allocation.optimal().funded()).extracting(FundedBid::bidId).containsExactly(1L, 3L);
        assertThat(allocation.optimal().constraints()).contains(new ConstraintCheck(
                ConstraintCheck.Kind.PRIORITY_GAPS, 0, ConstraintCheck.Bound.AT_LEAST, 2, 2));
    }

    @Test
    void theNextBidInLineIsOfferedWhatIsLeftIfItIsEnough() {
        // A £6,000 (90) is funded, £4,000 is left; B asks £5,000: 80% of it, at least the 50% the round allows
        var half = new AllocationRules(List.of(), false, 0, 0, 0.5);
        var allocation = Allocation.of(List.of(bid(1, 6_000, 90), bid(2, 5_000, 80)), POT, half, 7);

        for (FundingOutcome outcome : List.of(allocation.greedy(), allocation.optimal())) {
            var partial = outcome.partialAward().orElseThrow();
            assertThat(partial).isEqualTo(new PartialAward(2, 2, 5_000 * POUND, 4_000 * POUND, 0.5, true));
            assertThat(partial.fraction()).isEqualTo(0.8);
            assertThat(outcome.unfunded(2).orElseThrow().reason()).isEqualTo(UnfundedBid.Reason.OFFERED_PARTIAL_AWARD);
            assertThat(outcome.totals()).isEqualTo(new FundingOutcome.Totals(POT, 6_000 * POUND, 4_000 * POUND, 0,
                    90, 1));
        }

        var ninety = new AllocationRules(List.of(), false, 0, 0, 0.9);
        var none = Allocation.of(List.of(bid(1, 6_000, 90), bid(2, 5_000, 80)), POT, ninety, 7).greedy();
        assertThat(none.partialAward().orElseThrow().offered()).isFalse();
        assertThat(none.partialAward().orElseThrow().amountPence()).isZero();
        assertThat(none.unfunded(2).orElseThrow().reason()).isEqualTo(UnfundedBid.Reason.DID_NOT_FIT);
        assertThat(none.totals().moneyLeftPence()).isEqualTo(4_000 * POUND);
    }

    @Test
    void thePartialAwardSkipsAnOrganisationAlreadyFunded() {
        // B is A's organisation's second bid; C is next in line that the rules allow
        var rules = new AllocationRules(List.of(), true, 0, 0, 0.5);
        var allocation = Allocation.of(List.of(bid(1, 1, 6_000, 90), bid(2, 1, 5_000, 80), bid(3, 2, 6_000, 70)),
                POT, rules, 7);

        assertThat(allocation.greedy().partialAward().orElseThrow().bidId()).isEqualTo(3);
        assertThat(allocation.greedy().partialAward().orElseThrow().availablePence()).isEqualTo(4_000 * POUND);
    }

    @Test
    void theRankingDecidesGreedysOrderWithTheLoggedSeed() {
        // equal scores, medians and first criteria: the cheaper bid is ranked first, so greedy funds it
        var allocation = Allocation.of(List.of(bid(1, 6_000, 80), bid(2, 5_000, 80)), POT, AllocationRules.none(), 3);

        assertThat(allocation.ranking().places()).extracting(p -> p.bid().bidId()).containsExactly(2L, 1L);
        assertThat(allocation.ranking().places().get(1).decidedBy()).isEqualTo(Ranking.DecidedBy.COST);
        assertThat(allocation.greedy().funded()).extracting(FundedBid::bidId).containsExactly(2L);
        assertThat(allocation.greedy().unfunded(1).orElseThrow().rank()).isEqualTo(2);
        assertThat(allocation.ranking().seed()).isEqualTo(3);
    }

    @Test
    void aBidAskingMoreThanThePotSaysSo() {
        var allocation = Allocation.of(List.of(bid(1, 12_000, 90), bid(2, 4_000, 50)), POT, AllocationRules.none(), 7);

        for (FundingOutcome outcome : List.of(allocation.greedy(), allocation.optimal())) {
            assertThat(outcome.funded()).extracting(FundedBid::bidId).containsExactly(2L);
            assertThat(outcome.unfunded(1).orElseThrow().reason()).isEqualTo(UnfundedBid.Reason.MORE_THAN_THE_POT);
        }
    }

    private static AllocationCandidate bid(long id, long pounds, double score) {
        return bid(id, id, pounds, score);
    }

    private static AllocationCandidate bid(long id, long organisation, long pounds, double score) {
        return new AllocationCandidate(id, organisation, pounds * POUND, score, score, 0, Set.of(), Set.of(), false,
                Set.of());
    }

    private static AllocationCandidate inArea(long id, long pounds, double score, long area) {
        return new AllocationCandidate(id, id, pounds * POUND, score, score, 0, Set.of(area), Set.of(), false,
                Set.of());
    }

    private static AllocationCandidate covering(long id, long pounds, double score, PriorityGap gap) {
        return new AllocationCandidate(id, id, pounds * POUND, score, score, 0, Set.of(gap.areaId()),
                Set.of(gap.needId()), false, Set.of(gap));
    }
}

package org.communitychest.panels.calc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A funded list being built: the money spent, by bids not from small groups too, and each organisation's grant. */
final class FundedSet {

    private final AllocationProblem problem;
    private final boolean[] funded;
    private final Map<Long, Long> organisationBid = new HashMap<>();
    private long spent;
    private long othersSpent;

    FundedSet(AllocationProblem problem) {
        this.problem = problem;
        this.funded = new boolean[problem.size()];
    }

    static FundedSet of(AllocationProblem problem, boolean[] chosen) {
        var set = new FundedSet(problem);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                set.add(i);
            }
        }
        return set;
    }

    /** What stops the bid being added now, if anything: its size, organisation, money, the reserve (in that order). */
    Optional<UnfundedBid.Reason> blocker(int index) {
        AllocationCandidate bid = problem.bid(index);
        if (bid.costPence() > problem.potPence) {
            return Optional.of(UnfundedBid.Reason.MORE_THAN_THE_POT);
        }
        if (problem.rules.onePerOrganisation() && organisationBid.containsKey(bid.organisationId())) {
            return Optional.of(UnfundedBid.Reason.ORGANISATION_ALREADY_FUNDED);
        }
        if (bid.costPence() > moneyLeft()) {
            return Optional.of(UnfundedBid.Reason.DID_NOT_FIT);
        }
        if (bid.costPence() > availableTo(index)) {
            return Optional.of(UnfundedBid.Reason.RESERVED_FOR_SMALL_GROUPS);
        }
        return Optional.empty();
    }

    void add(int index) {
        AllocationCandidate bid = problem.bid(index);
        funded[index] = true;
        spent += bid.costPence();
        if (!bid.smallGroup()) {
            othersSpent += bid.costPence();
        }
        organisationBid.putIfAbsent(bid.organisationId(), bid.bidId());
    }

    boolean funded(int index) {
        return funded[index];
    }

    long moneyLeft() {
        return problem.potPence - spent;
    }

    /** The money this bid could have: all that is left for a small group, else what the reserve leaves. */
    long availableTo(int index) {
        return problem.bid(index).smallGroup() ? moneyLeft() : Math.max(0, Math.min(moneyLeft(), othersRoom()));
    }

    long othersSpent() {
        return othersSpent;
    }

    /** What bids not from small groups may still spend under the reserve, money left or not. */
    long othersRoom() {
        return problem.othersLimitPence - othersSpent;
    }

    OptionalLong fundedBidOf(long organisationId) {
        Long bid = organisationBid.get(organisationId);
        return bid == null ? OptionalLong.empty() : OptionalLong.of(bid);
    }

    boolean[] chosen() {
        return funded.clone();
    }

    /** Adds, in rank order, every bid with a positive score that still fits the exact money and the rules. */
    void fillUp() {
        for (int i = 0; i < funded.length; i++) {
            if (!funded[i] && problem.bid(i).score() > 0 && blocker(i).isEmpty()) {
                add(i);
            }
        }
    }
}

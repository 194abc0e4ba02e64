package org.communitychest.votes.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.votes.count.EqualSharesTest.project;

import java.util.List;
import java.util.Set;
import org.communitychest.votes.count.UnfundedProject.Reason;
import org.junit.jupiter.api.Test;

class GreedyByApprovalsTest {

    @Test
    void mostApprovalsFirstSkippingWhatDoesNotFitAndTiesByTheTieOrder() {
        // £100. Approvals: A 3, B 2, C 2, D 1. A £70 (left £30); B and C tie on 2 approvals and the tie order puts C
        // first: C £40 does not fit £30, B £20 does (left £10); D £10 fits.
        var election = new ApprovalElection(
                List.of(project("A", 70), project("B", 20), project("C", 40), project("D", 10)),
                List.of(Set.of("A", "B", "C"), Set.of("A", "B", "C"), Set.of("A", "D")), 100,
                List.of("C", "B", "A", "D"));

        var greedy = GreedyByApprovals.count(election);

        assertThat(greedy.funded()).containsExactly(new FundedByApprovals("A", 70, 3, 100),
                new FundedByApprovals("B", 20, 2, 30), new FundedByApprovals("D", 10, 1, 10));
        assertThat(greedy.unfunded()).containsExactly(new UnfundedProject("C", 40, 2, Reason.DID_NOT_FIT,
                Rational.of(30), 1));
        assertThat(greedy.unfunded().getFirst().shortfall()).isEqualTo(Rational.of(10));
        assertThat(greedy.totalCost()).isEqualTo(100);
    }
}

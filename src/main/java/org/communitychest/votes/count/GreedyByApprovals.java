package org.communitychest.votes.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy counting (scoring spec 9): projects by number of approvals, most first, ties by the tie order; each is funded
 * if it still fits the money left and skipped otherwise. A project nobody approved is not funded.
 *
 * @param funded the funded projects in the order chosen
 * @param unfunded every other project, in ballot order
 */
public record GreedyByApprovals(List<FundedByApprovals> funded, List<UnfundedProject> unfunded, long totalCost,
                                long budget) implements VoteCount {

    public static GreedyByApprovals count(ApprovalElection election) {
        List<Project> projects = election.projects();
        long[] approvals = election.approvals();
        int[] tieRank = election.tieRanks();
        List<Integer> order = IntStream.range(0, projects.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(p -> -approvals[p]).thenComparingInt(p -> tieRank[p]))
                .toList();
        long left = election.budget();
        List<FundedByApprovals> funded = new ArrayList<>();
        UnfundedProject[] unfunded = new UnfundedProject[projects.size()];
        for (int p : order) {
            Project project = projects.get(p);
            if (approvals[p] == 0) {
                unfunded[p] = new UnfundedProject(project.id(), project.cost(), 0,
                        UnfundedProject.Reason.NO_APPROVALS, Rational.ZERO, funded.size());
            } else if (project.cost() <= left) {
                funded.add(new FundedByApprovals(project.id(), project.cost(), approvals[p], left));
                left -= project.cost();
            } else {
                var reason = project.cost() > election.budget() ? UnfundedProject.Reason.MORE_THAN_THE_POT
                        : UnfundedProject.Reason.DID_NOT_FIT;
                unfunded[p] = new UnfundedProject(project.id(), project.cost(), approvals[p], reason,
                        Rational.of(left), funded.size());
            }
        }
        List<UnfundedProject> notFunded = new ArrayList<>();
        for (UnfundedProject u : unfunded) {
            if (u != null) {
                notFunded.add(u);
            }
        }
        return new GreedyByApprovals(List.copyOf(funded), List.copyOf(notFunded), election.budget() - left,
                election.budget());
    }

    @Override
    public List<String> selected() {
        return funded.stream().map(FundedByApprovals::projectId).toList();
    }
}

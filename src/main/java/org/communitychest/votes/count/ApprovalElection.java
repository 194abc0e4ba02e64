package org.communitychest.votes.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An approval vote to count: the projects, each voter's ticked projects, the pot and the round's published tie
 * order.
 *
 * @param projects the projects on the ballot, in ballot order
 * @param ballots one set of approved project ids per voter (a voter may approve none)
 * @param budget the pot, in whole currency units
 * @param tieOrder project ids, earlier wins a tie; projects it leaves out come after those it lists, in ballot order
 */
public record ApprovalElection(List<Project> projects, List<Set<String>> ballots, long budget,
                               List<String> tieOrder) {

    public ApprovalElection {
        projects = List.copyOf(projects);
        ballots = ballots.stream().map(Set::copyOf).toList();
        tieOrder = List.copyOf(tieOrder);
        if (budget < 0) {
            throw new IllegalArgumentException("budget " + budget + " is negative");
        }
        Set<String> ids = new HashSet<>();
        for (Project project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project " + project.id() + " is on the ballot twice");
            }
        }
        for (Set<String> ballot : ballots) {
            for (String id : ballot) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("a ballot approves " + id + ", which is not on the ballot");
                }
            }
        }
        Set<String> ordered = new HashSet<>();
        for (String id : tieOrder) {
            if (!ids.contains(id) || !ordered.add(id)) {
                throw new IllegalArgumentException("the tie order names " + id + " twice or not on the ballot");
            }
        }
    }

    /** An election whose ties go to the project listed first on the ballot. */
    public static ApprovalElection inBallotOrder(List<Project> projects, List<Set<String>> ballots, long budget) {
        return new ApprovalElection(projects, ballots, budget, projects.stream().map(Project::id).toList());
    }

    public int voters() {
        return ballots.size();
    }

    /** Each project's place in the tie order, by its index in {@link #projects()}: lower wins. */
    int[] tieRanks() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        int[] rank = new int[projects.size()];
        java.util.Arrays.fill(rank, -1);
        int next = 0;
        for (String id : tieOrder) {
            rank[index.get(id)] = next++;
        }
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] < 0) {
                rank[i] = next++;
            }
        }
        return rank;
    }

    /** Number of voters approving each project, by its index in {@link #projects()}. */
    long[] approvals() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        long[] approvals = new long[projects.size()];
        for (Set<String> ballot : ballots) {
            for (String id : ballot) {
                approvals[index.get(id)]++;
            }
        }
        return approvals;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(p.id()));
        return ids;
    }
}

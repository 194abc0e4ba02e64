package org.communitychest.votes.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ballots with identical ones counted once with their number of voters. Voters who ticked the same projects
 * always hold the same money in a count by equal shares, so counting them as one group of that weight is exact.
 */
final class GroupedBallots {

    final int projects;
    final String[] ids;
    final long[] cost;
    /** Voters in each group. */
    final long[] weight;
    /** Each group's approved projects (indices). */
    final int[][] approved;
    /** Each project's supporting groups. */
    final int[][] supporters;
    /** Each project's number of supporting voters. */
    final long[] supportWeight;
    final long voters;

    GroupedBallots(ApprovalElection election) {
        projects = election.projects().size();
        cost = new long[projects];
        ids = new String[projects];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < projects; i++) {
            ids[i] = election.projects().get(i).id();
            cost[i] = election.projects().get(i).cost();
            index.put(election.projects().get(i).id(), i);
        }
        Map<Ballot, long[]> groups = new LinkedHashMap<>();
        for (Set<String> ballot : election.ballots()) {
            int[] ticked = ballot.stream().mapToInt(index::get).sorted().toArray();
            groups.computeIfAbsent(new Ballot(ticked), b -> new long[1])[0]++;
        }
        int size = groups.size();
        weight = new long[size];
        approved = new int[size][];
        int g = 0;
        List<List<Integer>> byProject = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            byProject.add(new ArrayList<>());
        }
        supportWeight = new long[projects];
        long total = 0;
        for (Map.Entry<Ballot, long[]> group : groups.entrySet()) {
            weight[g] = group.getValue()[0];
            approved[g] = group.getKey().ticked;
            total += weight[g];
            for (int p : approved[g]) {
                byProject.get(p).add(g);
                supportWeight[p] += weight[g];
            }
            g++;
        }
        voters = total;
        supporters = new int[projects][];
        for (int p = 0; p < projects; p++) {
            supporters[p] = byProject.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int groups() {
        return weight.length;
    }

    private record Ballot(int[] ticked) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Ballot that && Arrays.equals(ticked, that.ticked);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ticked);
        }
    }
}

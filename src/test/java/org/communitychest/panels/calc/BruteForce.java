package org.communitychest.panels.calc;

/** The best score of a small allocation problem, by trying every subset of its bids: what the solvers must reach. */
final class BruteForce {

    private BruteForce() {
    }

    /** The highest score of a list that keeps every rule, or minus infinity if no list does. */
    static double best(AllocationProblem problem) {
        double best = Double.NEGATIVE_INFINITY;
        int n = problem.size();
        for (int mask = 0; mask < 1 << n; mask++) {
            boolean[] chosen = new boolean[n];
            for (int i = 0; i < n; i++) {
                chosen[i] = (mask & (1 << i)) != 0;
            }
            double score = score(problem, chosen);
            if (score > best && problem.meets(problem.allRules(), chosen)) {
                best = score;
            }
        }
        return best;
    }

    static double score(AllocationProblem problem, boolean[] chosen) {
        double total = 0;
        for (int i = 0; i < chosen.length; i++) {
            total += chosen[i] ? problem.bid(i).score() : 0;
        }
        return total;
    }
}

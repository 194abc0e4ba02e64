package org.communitychest.votes.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the build's tests): a vote of 10,000 voters on 100 projects of
 * £500–£10,000 with a pot of about a third of what they ask; each voter approves 1 to 10 projects, popular ones more
 * often. Counts it by equal shares with the add1 completion and greedily, and prints the median time of several runs
 * after a warm-up with the funded count and total; it never fails on time. Run it with
 * {@code ./mvnw test -Dtest=EqualSharesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EqualSharesBenchmark {

    private static final int VOTERS = 10_000;
    private static final int PROJECTS = 100;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @Test
    void tenThousandVotersOnAHundredProjects() {
        var election = election(new Random(11));
        System.out.printf(Locale.ROOT, "%,d voters, %d projects, £%,d asked, pot £%,d%n", election.voters(),
                election.projects().size(), election.projects().stream().mapToLong(Project::cost).sum(),
                election.budget());
        time("equal shares/add1", election, EqualShares::count);
        time("greedy", election, GreedyByApprovals::count);
    }

    private static void time(String rule, ApprovalElection election, Function<ApprovalElection, VoteCount> count) {
        VoteCount last = null;
        long[] millis = new long[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            last = count.apply(election);
            if (run >= 0) {
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        String extra = last instanceof EqualShares es
                ? String.format(Locale.ROOT, ", share raised by £%d to £%.2f (%s)", es.raisedBy(),
                es.share().doubleValue(), es.completion())
                : "";
        System.out.printf(Locale.ROOT, "%s: median %d ms (runs %s); funded %d for £%,d%s%n", rule,
                millis[RUNS / 2], Arrays.toString(millis), last.selected().size(), last.totalCost(), extra);
    }

    /** Popularity falls off with the project's number (a Zipf-like skew), costs are uniform. */
    static ApprovalElection election(Random random) {
        List<Project> projects = new ArrayList<>();
        long asked = 0;
        double[] weight = new double[PROJECTS];
        double total = 0;
        for (int i = 0; i < PROJECTS; i++) {
            long cost = 500 + random.nextInt(9_501);
            asked += cost;
            projects.add(new Project("p" + (i + 1), cost, "Project " + (i + 1)));
            weight[i] = 1.0 / Math.pow(i + 1, 0.8);
            total += weight[i];
        }
        List<Set<String>> ballots = new ArrayList<>();
        for (int v = 0; v < VOTERS; v++) {
            int ticks = 1 + random.nextInt(10);
            Set<String> ballot = new HashSet<>();
            while (ballot.size() < ticks) {
                double pick = random.nextDouble() * total;
                int i = 0;
                while (i < PROJECTS - 1 && pick > weight[i]) {
                    pick -= weight[i];
                    i++;
                }
                ballot.add("p" + (i + 1));
            }
            ballots.add(ballot);
        }
        return ApprovalElection.inBallotOrder(projects, ballots, asked / 3);
    }
}

package org.communitychest.votes.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast count against the spec written out plainly, on random small votes full of ties and near-ties. */
class EqualSharesCrossCheckTest {

    @Test
    void agreesWithTheSpecWrittenOutPlainly() {
        var random = new Random(Long.getLong("seed", 9));
        int votes = Integer.getInteger("votes", 400);
        for (int i = 0; i < votes; i++) {
            var election = randomElection(random);
            assertThat(EqualShares.count(election).selected()).as("vote %d: %s", i, election)
                    .isEqualTo(EqualSharesByTheBook.count(election, true));
            assertThat(EqualShares.withoutCompletion(election).selected()).as("vote %d without completion", i)
                    .isEqualTo(EqualSharesByTheBook.count(election, false));
        }
    }

    private static ApprovalElection randomElection(Random random) {
        int projects = 1 + random.nextInt(8);
        int voters = random.nextInt(40);
        // few distinct costs and small electorates make exact ties common
        List<Project> list = new ArrayList<>();
        long asked = 0;
        for (int p = 0; p < projects; p++) {
            long cost = 1 + random.nextInt(random.nextBoolean() ? 6 : 60);
            asked += cost;
            list.add(new Project("p" + p, cost, "P" + p));
        }
        List<Set<String>> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            Set<String> ballot = new HashSet<>();
            for (int p = 0; p < projects; p++) {
                if (random.nextInt(3) == 0) {
                    ballot.add("p" + p);
                }
            }
            ballots.add(ballot);
        }
        List<String> tieOrder = new ArrayList<>(list.stream().map(Project::id).toList());
        java.util.Collections.shuffle(tieOrder, random);
        long budget = asked == 0 ? 0 : random.nextLong(asked + 1);
        return new ApprovalElection(list, ballots, budget, tieOrder);
    }
}

package org.communitychest.votes.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Section 9 of the scoring spec written out as plainly as possible, one exact fraction per voter and no shortcuts,
 * to check {@link EqualShares} against on many small votes.
 */
final class EqualSharesByTheBook {

    private EqualSharesByTheBook() {
    }

    static List<String> count(ApprovalElection election, boolean addOne) {
        int n = election.voters();
        if (n == 0) {
            return List.of();
        }
        long budget = election.budget();
        List<String> kept = run(election, Rational.of(budget, n));
        if (!addOne) {
            return kept;
        }
        long approved = Arrays.stream(election.approvals()).filter(a -> a > 0).count();
        for (long raise = 1; cost(election, kept) < budget && kept.size() < approved; raise++) {
            List<String> next = run(election, Rational.of(budget, n).add(Rational.of(raise)));
            if (cost(election, next) > budget) {
                break;
            }
            kept = next;
        }
        return kept;
    }

    private static long cost(ApprovalElection election, List<String> ids) {
        return election.projects().stream().filter(p -> ids.contains(p.id())).mapToLong(Project::cost).sum();
    }

    private static List<String> run(ApprovalElection election, Rational share) {
        List<Set<String>> ballots = election.ballots();
        Rational[] budget = new Rational[ballots.size()];
        Arrays.fill(budget, share);
        int[] tieRank = election.tieRanks();
        List<Project> projects = election.projects();
        List<String> chosen = new ArrayList<>();
        while (true) {
            int best = -1;
            Rational bestRho = null;
            for (int p = 0; p < projects.size(); p++) {
                Project project = projects.get(p);
                if (chosen.contains(project.id())) {
                    continue;
                }
                Rational rho = rho(project, ballots, budget);
                if (rho == null) {
                    continue;
                }
                int c = bestRho == null ? -1 : rho.compareTo(bestRho);
                if (c < 0 || c == 0 && tieRank[p] < tieRank[best]) {
                    best = p;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return chosen;
            }
            Project project = projects.get(best);
            Rational part = bestRho.multiply(project.cost());
            for (int i = 0; i < ballots.size(); i++) {
                if (ballots.get(i).contains(project.id())) {
                    budget[i] = budget[i].compareTo(part) <= 0 ? Rational.ZERO : budget[i].subtract(part);
                }
            }
            chosen.add(project.id());
        }
    }

    /** The smallest ρ with Σ min(b_i, ρ·c) = c over the approvers, or null when they hold less than c. */
    private static Rational rho(Project project, List<Set<String>> ballots, Rational[] budget) {
        List<Rational> held = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            if (ballots.get(i).contains(project.id())) {
                held.add(budget[i]);
            }
        }
        Rational total = held.stream().reduce(Rational.ZERO, Rational::add);
        if (held.isEmpty() || total.compareTo(project.cost()) < 0) {
            return null;
        }
        held.sort(null);
        Rational paidByPoor = Rational.ZERO;
        for (int k = 0; k < held.size(); k++) {
            Rational part = Rational.of(project.cost()).subtract(paidByPoor).divide(held.size() - k);
            if (part.compareTo(held.get(k)) <= 0) {
                return part.divide(project.cost());
            }
            paidByPoor = paidByPoor.add(held.get(k));
        }
        throw new AssertionError("affordable but no ρ");
    }
}

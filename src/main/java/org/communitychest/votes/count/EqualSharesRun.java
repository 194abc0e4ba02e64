package org.communitychest.votes.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One run of the Method of Equal Shares (scoring spec 9, steps 1–3) at a given share per voter, in exact arithmetic.
 *
 * <p>Every amount is an integer numerator over a common denominator that only grows: the share is
 * {@code shareNumerator / voters}, and when a payment {@code (cost − poorSum) / richWeight} does not divide exactly
 * the denominator is multiplied by {@code richWeight}. Each distinct amount a voter can hold is one {@link Holding},
 * shared by every group of voters who hold it; a holding keeps its numerator over the denominator of the step that
 * made it and is brought to the current one only when compared. Comparisons, sums and ρ are then whole-number
 * operations, with no rounding anywhere. Doubles are used only to skip projects that cannot win a step: a project's ρ
 * never falls during a run (budgets only shrink), so its last ρ, with a margin far above a double's error, bounds it.
 */
final class EqualSharesRun {

    /** Relative margin on the double bounds used to skip projects; their own error is below 1e-15. */
    private static final double MARGIN = 1e-9;

    private final GroupedBallots ballots;
    private final int[] tieRank;
    private final boolean details;

    private final List<BigInteger> denominators = new ArrayList<>();
    /** For each earlier step e, denominator(now) / denominator(e). */
    private final List<BigInteger> scaleToNow = new ArrayList<>();
    private final Holding[] holding;
    private final Holding zero = new Holding(BigInteger.ZERO, 0, 0.0);
    private long mark;

    private final List<Integer> chosen = new ArrayList<>();
    private long spent;
    private final List<PaidForProject> paid = new ArrayList<>();
    private final Dropout[] dropouts;

    private EqualSharesRun(GroupedBallots ballots, int[] tieRank, boolean details) {
        this.ballots = ballots;
        this.tieRank = tieRank;
        this.details = details;
        this.holding = new Holding[ballots.groups()];
        this.dropouts = new Dropout[ballots.projects];
    }

    /**
     * @param shareNumerator each voter's share is {@code shareNumerator / voters}
     * @param details whether to keep how each project was paid for and why others dropped out
     */
    static EqualSharesRun run(GroupedBallots ballots, int[] tieRank, BigInteger shareNumerator, boolean details) {
        var run = new EqualSharesRun(ballots, tieRank, details);
        run.count(shareNumerator);
        return run;
    }

    List<Integer> chosen() {
        return chosen;
    }

    long spent() {
        return spent;
    }

    List<PaidForProject> paid() {
        return paid;
    }

    /** Why a project was not chosen (details only); null for chosen projects. */
    Dropout dropout(int project) {
        return dropouts[project];
    }

    record Dropout(Rational money, int fundedBefore) {
    }

    private int now() {
        return denominators.size() - 1;
    }

    private void count(BigInteger shareNumerator) {
        denominators.add(BigInteger.valueOf(ballots.voters));
        scaleToNow.add(BigInteger.ONE);
        Holding share = new Holding(shareNumerator, 0, Rational.ratio(shareNumerator, denominators.get(0)));
        Arrays.fill(holding, share);

        List<Integer> remaining = new ArrayList<>();
        double[] bound = new double[ballots.projects];
        for (int p = 0; p < ballots.projects; p++) {
            if (ballots.supportWeight[p] > 0) {
                remaining.add(p);
                bound[p] = 1.0 / ballots.supportWeight[p];
            }
        }
        while (!remaining.isEmpty()) {
            if (details) {
                dropUnaffordable(remaining);
            }
            remaining.sort(Comparator.comparingDouble(p -> bound[p]));
            Evaluation best = null;
            double bestApprox = Double.POSITIVE_INFINITY;
            List<Integer> unaffordable = new ArrayList<>();
            for (int p : remaining) {
                if (bound[p] > bestApprox * (1 + MARGIN)) {
                    break;
                }
                Evaluation e = evaluate(p);
                if (e == null) {
                    unaffordable.add(p);
                    continue;
                }
                bound[p] = e.rhoApprox() * (1 - MARGIN);
                if (best == null || e.beats(best)) {
                    best = e;
                    bestApprox = e.rhoApprox();
                }
            }
            for (int p : unaffordable) {
                if (details && dropouts[p] == null) {
                    dropouts[p] = new Dropout(Rational.of(money(p), denominators.get(now())), chosen.size());
                }
                remaining.remove(Integer.valueOf(p));
            }
            if (best == null) {
                break;
            }
            pay(best);
            remaining.remove(Integer.valueOf(best.project));
        }
    }

    /** Details only: so that each dropout is recorded at the step it happened, not when a lazy look finds it. */
    private void dropUnaffordable(List<Integer> remaining) {
        var it = remaining.iterator();
        while (it.hasNext()) {
            int p = it.next();
            double moneyApprox = 0;
            for (int g : ballots.supporters[p]) {
                moneyApprox += holding[g].approx * ballots.weight[g];
            }
            if (moneyApprox > ballots.cost[p] * (1 + MARGIN)) {
                continue;
            }
            BigInteger money = money(p);
            if (money.compareTo(costNow(p)) < 0) {
                dropouts[p] = new Dropout(Rational.of(money, denominators.get(now())), chosen.size());
                it.remove();
            }
        }
    }

    /** The supporters' money, over the current denominator. */
    private BigInteger money(int p) {
        BigInteger money = BigInteger.ZERO;
        for (Holding h : distinctHoldings(p)) {
            money = money.add(h.now().multiply(BigInteger.valueOf(h.weight)));
        }
        return money;
    }

    private BigInteger costNow(int p) {
        return denominators.get(now()).multiply(BigInteger.valueOf(ballots.cost[p]));
    }

    /** The holdings of a project's supporters, each once, with {@link Holding#weight} set to its voters. */
    private List<Holding> distinctHoldings(int p) {
        long m = ++mark;
        List<Holding> distinct = new ArrayList<>();
        int[] groups = ballots.supporters[p];
        for (int g : groups) {
            Holding h = holding[g];
            if (h.mark != m) {
                h.mark = m;
                h.weight = 0;
                distinct.add(h);
            }
            h.weight += ballots.weight[g];
        }
        return distinct;
    }

    /**
     * Step 2 for one project: null when its supporters cannot afford it, otherwise ρ. With the supporters' holdings
     * in ascending order, the first {@code k} pay all they have when {@code (cost − their money) / (the others)} is
     * no more than the (k+1)-th holding; that quotient is each other supporter's part, and ρ = part / cost.
     */
    private Evaluation evaluate(int p) {
        List<Holding> distinct = distinctHoldings(p);
        long cost = ballots.cost[p];
        double moneyApprox = 0;
        for (Holding h : distinct) {
            moneyApprox += h.approx * h.weight;
        }
        if (moneyApprox < cost * (1 - MARGIN)) {
            return null;
        }
        for (Holding h : distinct) {
            h.now();
        }
        distinct.sort(Comparator.comparing(h -> h.now));
        BigInteger costNow = costNow(p);
        BigInteger poorMoney = BigInteger.ZERO;
        long rich = ballots.supportWeight[p];
        for (int k = 0; k < distinct.size(); k++) {
            Holding h = distinct.get(k);
            BigInteger left = costNow.subtract(poorMoney);
            if (left.compareTo(h.now.multiply(BigInteger.valueOf(rich))) <= 0) {
                return new Evaluation(p, left, rich, poorMoney, distinct, k);
            }
            poorMoney = poorMoney.add(h.now.multiply(BigInteger.valueOf(h.weight)));
            rich -= h.weight;
        }
        return null;
    }

    /** Step 3: every supporter pays the equal part or, with less left, all they have. */
    private void pay(Evaluation e) {
        int p = e.project;
        int step = now();
        BigInteger[] divided = e.left.divideAndRemainder(BigInteger.valueOf(e.rich));
        boolean exact = divided[1].signum() == 0;
        BigInteger part;
        if (exact) {
            part = divided[0];
        } else {
            BigInteger rich = BigInteger.valueOf(e.rich);
            denominators.add(denominators.get(step).multiply(rich));
            scaleToNow.replaceAll(s -> s.multiply(rich));
            scaleToNow.add(BigInteger.ONE);
            part = e.left;
        }
        int next = now();
        BigInteger denominator = denominators.get(next);
        long m = ++mark;
        long poorVoters = 0;
        long emptyVoters = 0;
        for (int k = 0; k < e.sorted.size(); k++) {
            Holding h = e.sorted.get(k);
            h.mark = m;
            if (k < e.firstRich) {
                h.next = zero;
                if (h.now.signum() == 0) {
                    emptyVoters += e.weights[k];
                } else {
                    poorVoters += e.weights[k];
                }
            } else {
                BigInteger left = (exact ? h.now : h.now.multiply(BigInteger.valueOf(e.rich))).subtract(part);
                h.next = left.signum() == 0 ? zero : new Holding(left, next, Rational.ratio(left, denominator));
            }
        }
        for (int g : ballots.supporters[p]) {
            holding[g] = holding[g].next;
        }
        chosen.add(p);
        spent += ballots.cost[p];
        if (details) {
            Rational equalPart = Rational.of(part, denominator);
            paid.add(new PaidForProject(ballots.ids[p], ballots.cost[p], ballots.supportWeight[p], e.rich, poorVoters,
                    emptyVoters, equalPart, Rational.of(e.poorMoney, denominators.get(step)),
                    equalPart.divide(ballots.cost[p])));
        }
    }

    /** One voter's money, as numerator over the denominator of {@code epoch}. */
    private final class Holding {
        final BigInteger numerator;
        final int epoch;
        final double approx;
        long mark;
        long weight;
        /** {@link #numerator} over the current denominator, kept for {@link #nowEpoch}. */
        BigInteger now;
        int nowEpoch = -1;
        Holding next;

        Holding(BigInteger numerator, int epoch, double approx) {
            this.numerator = numerator;
            this.epoch = epoch;
            this.approx = approx;
        }

        BigInteger now() {
            int current = EqualSharesRun.this.now();
            if (nowEpoch != current) {
                now = epoch == current ? numerator : numerator.multiply(scaleToNow.get(epoch));
                nowEpoch = current;
            }
            return now;
        }
    }

    /**
     * A project's ρ at this step: {@code left / (rich × cost)} over the current denominator.
     *
     * @param left the cost less what the supporters with less than a part pay, over the current denominator
     * @param rich the supporters who pay an equal part
     * @param sorted the supporters' distinct holdings, ascending
     * @param firstRich the index in {@code sorted} of the first holding that pays an equal part
     */
    private final class Evaluation {
        final int project;
        final BigInteger left;
        final long rich;
        final BigInteger poorMoney;
        final List<Holding> sorted;
        /** Voters on each of {@code sorted}: a later evaluation reuses {@link Holding#weight}. */
        final long[] weights;
        final int firstRich;

        Evaluation(int project, BigInteger left, long rich, BigInteger poorMoney, List<Holding> sorted, int firstRich) {
            this.project = project;
            this.left = left;
            this.rich = rich;
            this.poorMoney = poorMoney;
            this.sorted = sorted;
            this.weights = sorted.stream().mapToLong(h -> h.weight).toArray();
            this.firstRich = firstRich;
        }

        double rhoApprox() {
            return Rational.ratio(left, denominators.get(now())) / ((double) rich * ballots.cost[project]);
        }

        /** Smaller ρ wins; equal ρ goes to the project earlier in the tie order. */
        boolean beats(Evaluation other) {
            BigInteger mine = left.multiply(BigInteger.valueOf(other.rich))
                    .multiply(BigInteger.valueOf(ballots.cost[other.project]));
            BigInteger theirs = other.left.multiply(BigInteger.valueOf(rich))
                    .multiply(BigInteger.valueOf(ballots.cost[project]));
            int c = mine.compareTo(theirs);
            return c < 0 || c == 0 && tieRank[project] < tieRank[other.project];
        }
    }
}

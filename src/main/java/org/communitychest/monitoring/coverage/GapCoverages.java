package org.communitychest.monitoring.coverage;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.communitychest.awards.FundedGrants;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapFigures;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.monitoring.ApprovedReferrals;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.PriorityFigures;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.RoundSummary;
import org.communitychest.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap coverage of the officer's partnership (decision record 0034): for every gap of a period, unmet, funded
 * capacity, referrals delivered and coverage, the largest uncovered first, with coverage across every period; and
 * the largest uncovered gaps made a draft round's priority gaps, through the rounds module and its checks. Every
 * answer costs the same statements however many figures, grants and reports there are.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class GapCoverages {

    /** The most priority gaps one click sets. */
    public static final int MOST_PRIORITIES = 20;

    private final GapFigures figures;
    private final FundedGrants grants;
    private final ApprovedReferrals referrals;
    private final Rounds rounds;
    private final CoverageBoardPdf boardPdf;
    private final Partnerships partnerships;
    private final CurrentUser currentUser;
    private final Clock clock;

    GapCoverages(GapFigures figures, FundedGrants grants, ApprovedReferrals referrals, Rounds rounds,
            CoverageBoardPdf boardPdf, Partnerships partnerships, CurrentUser currentUser, Clock clock) {
        this.figures = figures;
        this.grants = grants;
        this.referrals = referrals;
        this.rounds = rounds;
        this.boardPdf = boardPdf;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The periods with gap figures, newest first. */
    @Transactional(readOnly = true)
    public List<GapPeriod> periods() {
        return figures.periods();
    }

    /** The coverage of {@code period} (none for {@code null} or a period without figures) and of every period. */
    @Transactional(readOnly = true)
    public Coverage of(GapPeriod period) {
        var byPeriod = CoverageCount.byPeriod(figures.everyPeriod(), grants.ofMyPartnership(),
                referrals.ofMyPartnership());
        var trend = byPeriod.entrySet().stream()
                .map(e -> new Coverage.PeriodCoverage(e.getKey(), CoverageTotal.of(e.getValue()))).toList();
        var gaps = period == null ? null : byPeriod.get(period);
        return gaps == null ? Coverage.none(trend) : new Coverage(period, gaps, trend);
    }

    /**
     * The board's summary of the period as a PDF (English): the figures in words, the charts, the largest
     * uncovered gaps. Refused when the period has no figures.
     */
    @Transactional(readOnly = true)
    public byte[] boardSummary(GapPeriod period) {
        var coverage = of(period);
        if (coverage.period() == null) {
            throw new InvalidInputException("period", Message.of("staff.coverage.no-figures"));
        }
        return boardPdf.render(coverage, partnerships.get(currentUser.partnershipId()).name(), London.today(clock));
    }

    /** The partnership's draft rounds, which the largest uncovered gaps can be given to, latest closing first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> draftRounds() {
        return rounds.ofMyPartnership().stream().filter(r -> r.status() == RoundStatus.DRAFT).toList();
    }

    /**
     * Makes the {@code count} largest uncovered gaps of {@code period} the priority gaps of the draft round
     * {@code roundId}, in place of those it had, each with the figures it is chosen by (shown on the round's page
     * unless the officer had hidden that gap's figures before). Saved through {@link Rounds#update}, so its checks
     * and audit apply; refused with the reason when there is no draft round, the round is no longer a draft, or no
     * gap is left uncovered. Giving the same gaps again changes nothing.
     */
    @Transactional
    public RoundAimed useAsPriorities(Long roundId, GapPeriod period, int count) {
        if (roundId == null) {
            throw new InvalidInputException("round", Message.of(draftRounds().isEmpty()
                    ? "staff.coverage.priorities.no-draft" : "staff.coverage.priorities.choose-round"));
        }
        if (count < 1 || count > MOST_PRIORITIES) {
            throw new InvalidInputException("count", Message.of("staff.coverage.priorities.count", MOST_PRIORITIES));
        }
        var round = rounds.get(roundId);
        if (round.status() != RoundStatus.DRAFT) {
            throw new InvalidInputException("round", Message.of("staff.coverage.priorities.not-draft", round.title(),
                    round.status().label()));
        }
        var chosen = of(period).largestUncovered(count);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("count", Message.of("staff.coverage.priorities.nothing-uncovered"));
        }
        Map<List<Long>, Boolean> shownBefore = new HashMap<>();
        round.priorities().forEach(p -> shownBefore.put(List.of(p.needCategoryId(), p.areaId()), p.figuresPublic()));
        var refs = chosen.stream().map(g -> new RoundForm.PriorityRef(g.gap().needCategoryId(), g.gap().areaId(),
                PriorityFigures.of(g.gap()), shownBefore.getOrDefault(List.of(g.gap().needCategoryId(),
                        g.gap().areaId()), true))).toList();
        if (same(round.priorities(), refs)) {
            return new RoundAimed(round, chosen, false, round.priorities().size());
        }
        var saved = rounds.update(round.id(), round.version(), round.withPriorities(refs));
        return new RoundAimed(saved, chosen, true, round.priorities().size());
    }

    private static boolean same(List<PriorityGap> current, List<RoundForm.PriorityRef> wanted) {
        var have = new HashSet<RoundForm.PriorityRef>();
        current.forEach(p -> have.add(p.ref()));
        return have.size() == wanted.size() && have.containsAll(wanted);
    }
}

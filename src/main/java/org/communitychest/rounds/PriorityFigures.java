package org.communitychest.rounds;

import java.util.Objects;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.gaps.GapWords;

/**
 * The referral-gap figures a priority was chosen with: its need in its area over one period, as they stood when
 * the officer picked it. They are kept with the round, so a later import never changes what a published round
 * says. A {@code null} count was suppressed by the source (fewer than 5).
 */
public record PriorityFigures(GapPeriod period, Integer received, Integer unmetReferrals, Integer waiting) {

    public PriorityFigures {
        Objects.requireNonNull(period, "period");
    }

    /** The figures of a gap as the gap figures give them now. */
    public static PriorityFigures of(GapCell cell) {
        return new PriorityFigures(cell.period(), cell.received(), cell.unmetReferrals(), cell.waiting());
    }

    /** Unmet plus waiting, suppressed counts left out (the spec's unmet). */
    public int unmet() {
        return GapCell.unmetOf(unmetReferrals, waiting);
    }

    /** Whether a suppressed count was left out of {@link #unmet()}, so the gap is at least that. */
    public boolean lowerBound() {
        return GapCell.lowerBoundOf(unmetReferrals, waiting);
    }

    public Double unmetRate() {
        return GapCell.unmetRateOf(unmet(), received);
    }

    /** Unmet for staff, as the gap views write it: ‘19’, or ‘at least 19’ where a count was suppressed. */
    public Message unmetText() {
        return GapWords.unmet(unmet(), lowerBound());
    }

    /** The figures for staff: ‘at least 19 unmet of 25 referred (76%), 1 July 2026 – 30 September 2026’. */
    public Message summary() {
        Object rate = unmetRate() == null ? Message.of("staff.rounds.figures.rate-unknown")
                : GapWords.percent(unmetRate());
        return Message.of("staff.rounds.figures.summary", unmetText(), GapWords.count(received), rate,
                period.label());
    }

    /** Whether every count is a count of people: none below zero. */
    boolean plausible() {
        return !period.start().isAfter(period.end()) && notNegative(received) && notNegative(unmetReferrals)
                && notNegative(waiting);
    }

    private static boolean notNegative(Integer count) {
        return count == null || count >= 0;
    }
}

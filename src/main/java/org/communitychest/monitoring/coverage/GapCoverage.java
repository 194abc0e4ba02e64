package org.communitychest.monitoring.coverage;

import java.util.Comparator;
import java.util.List;
import org.communitychest.awards.FundedGrant;
import org.communitychest.gaps.GapCell;
import org.communitychest.monitoring.ReceivedReferrals;

/**
 * A gap (a need in an area over a period) beside what was done about it (src/docs/spec/referral-gaps.md,
 * "Closing the loop"; decision record 0034): the grants that fund it in the period and the referrals their approved
 * reports counted in it. Funded is the sum of those grants' whole planned capacity, an upper bound; coverage is
 * funded (or delivered) over unmet, at most 1, and none where no unmet need was recorded.
 */
public record GapCoverage(GapCell gap, List<FundedGrant> grants, List<ReceivedReferrals> received) {

    /** The largest uncovered gap first (unmet less funded), then the gap figures' own priority order. */
    public static final Comparator<GapCoverage> LARGEST_UNCOVERED_FIRST = Comparator
            .comparingInt(GapCoverage::uncovered).reversed()
            .thenComparing(GapCoverage::gap, GapCell.PRIORITY);

    public GapCoverage {
        grants = List.copyOf(grants);
        received = List.copyOf(received);
    }

    /** Referrals unmet plus waiting, suppressed counts left out ({@link GapCell#unmet()}). */
    public int unmet() {
        return gap.unmet();
    }

    /** The people the grants that fund the gap planned to take, each grant's whole capacity. */
    public int funded() {
        return grants.stream().mapToInt(FundedGrant::plannedCapacity).sum();
    }

    /** The referrals received that approved reports counted in the gap. */
    public int delivered() {
        return received.stream().mapToInt(ReceivedReferrals::referrals).sum();
    }

    /** The people no funded capacity answers: unmet less funded, never below 0. */
    public int uncovered() {
        return Math.max(0, unmet() - funded());
    }

    /** Whether the figures record no unmet need (none, or only suppressed counts): coverage does not apply. */
    public boolean noUnmetRecorded() {
        return unmet() == 0;
    }

    /** Funded over unmet, at most 1; {@code null} where no unmet need was recorded. */
    public Double fundedCoverage() {
        return ratio(funded(), unmet());
    }

    /** Delivered over unmet, at most 1; {@code null} where no unmet need was recorded. */
    public Double deliveredCoverage() {
        return ratio(delivered(), unmet());
    }

    /** {@code part} over {@code unmet}, at most 1; {@code null} where unmet is 0. */
    public static Double ratio(int part, int unmet) {
        return unmet == 0 ? null : Math.min(1.0, (double) part / unmet);
    }
}

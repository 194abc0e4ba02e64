package org.communitychest.gaps;

import java.util.Comparator;
import org.communitychest.base.Message;

/**
 * The gap for a need in an area over a period (src/docs/spec/referral-gaps.md): {@code unmet} is referrals unmet
 * plus waiting, with suppressed counts left out, so where {@code lowerBound} is set the true figure is higher; the
 * unmet rate is unmet over referrals received, unknown where received was suppressed or none. Counts are
 * {@code null} where the source suppressed them (fewer than 5).
 */
public record GapCell(GapPeriod period, long areaId, String areaName, String areaCode, Integer imdDecile,
        long needCategoryId, Message needName, Integer received, Integer connected, Integer unmetReferrals,
        Integer waiting, Integer medianWaitDays) {

    /**
     * Largest gap first: unmet, then unmet rate, then the area's deprivation (IMD decile 1 is the most deprived),
     * an area without a decile last; then by name, so the order is the same every time.
     */
    public static final Comparator<GapCell> PRIORITY = Comparator.comparingInt(GapCell::unmet).reversed()
            .thenComparing(Comparator.comparingDouble((GapCell c) -> c.unmetRate() == null ? -1 : c.unmetRate())
                    .reversed())
            .thenComparing(c -> c.imdDecile() == null ? Integer.MAX_VALUE : c.imdDecile())
            .thenComparing(GapCell::areaName).thenComparingLong(GapCell::needCategoryId);

    public int unmet() {
        return unmetOf(unmetReferrals, waiting);
    }

    /** Whether a suppressed count was left out of {@link #unmet()}, so the gap is at least that. */
    public boolean lowerBound() {
        return lowerBoundOf(unmetReferrals, waiting);
    }

    /** Unmet over received, from 0 to 1 (or more where waiting includes people referred earlier); null if unknown. */
    public Double unmetRate() {
        return unmetRateOf(unmet(), received);
    }

    /** The spec's unmet: referrals unmet plus waiting, a suppressed ({@code null}) count left out. */
    public static int unmetOf(Integer unmetReferrals, Integer waiting) {
        return (unmetReferrals == null ? 0 : unmetReferrals) + (waiting == null ? 0 : waiting);
    }

    /** Whether {@link #unmetOf(Integer, Integer)} left a suppressed count out, so the gap is at least that. */
    public static boolean lowerBoundOf(Integer unmetReferrals, Integer waiting) {
        return unmetReferrals == null || waiting == null;
    }

    /** Unmet over received; null where received was suppressed or none. */
    public static Double unmetRateOf(int unmet, Integer received) {
        return received == null || received == 0 ? null : (double) unmet / received;
    }
}

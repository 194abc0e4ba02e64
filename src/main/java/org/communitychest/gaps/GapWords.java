package org.communitychest.gaps;

import java.util.Locale;
import org.communitychest.base.Message;

/**
 * How staff screens write gap figures, the same on every screen: a suppressed count as "<5", a total that leaves
 * one out as "at least 19" (or "≥19" where space is short), a rate as a whole percentage.
 */
public final class GapWords {

    private GapWords() {
    }

    /** ‘19’, or ‘at least 19’ where a suppressed count was left out. */
    public static Message unmet(int unmet, boolean lowerBound) {
        return Message.of(lowerBound ? "staff.gaps.matrix.at-least" : "staff.gaps.count", unmet);
    }

    /** ‘19’, or ‘≥19’ where a suppressed count was left out: for a chart label or a map. */
    public static Message unmetShort(int unmet, boolean lowerBound) {
        return Message.of(lowerBound ? "staff.gaps.history.at-least-short" : "staff.gaps.count", unmet);
    }

    /** A count as the source gave it: ‘<5’ where it was suppressed. */
    public static Message count(Integer count) {
        return count == null ? Message.of("staff.gaps.matrix.suppressed") : Message.of("staff.gaps.count", count);
    }

    /** An unmet rate (0 to 1, or more) as a whole percentage: ‘63%’. */
    public static String percent(double rate) {
        return String.format(Locale.UK, "%.0f%%", 100 * rate); // not user text: a percentage
    }
}

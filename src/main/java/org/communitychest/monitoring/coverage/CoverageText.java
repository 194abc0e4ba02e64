package org.communitychest.monitoring.coverage;

import org.communitychest.base.Message;
import org.communitychest.gaps.GapWords;

/**
 * How coverage figures are written, the same on the page and in the board's PDF, in the gap pages' words
 * ({@link GapWords}): unmet as "19" or "at least 19", or "<5 each" where every count was suppressed; coverage as
 * "45%", "at most 45%" where unmet leaves a suppressed count out (the true share is lower), or "no unmet need
 * recorded" where there is nothing to cover.
 */
public final class CoverageText {

    private CoverageText() {
    }

    public static Message unmet(int unmet, boolean lowerBound) {
        return unmet == 0 && lowerBound ? Message.of("staff.coverage.suppressed-only")
                : GapWords.unmet(unmet, lowerBound);
    }

    /** A coverage from 0 to 1, or {@code null} where no unmet need was recorded. */
    public static Message share(Double coverage, boolean lowerBound) {
        if (coverage == null) {
            return Message.of("staff.coverage.no-unmet");
        }
        String percent = GapWords.percent(coverage);
        return lowerBound && coverage > 0 && coverage < 1 ? Message.of("staff.coverage.at-most", percent)
                : Message.verbatim(percent);
    }
}

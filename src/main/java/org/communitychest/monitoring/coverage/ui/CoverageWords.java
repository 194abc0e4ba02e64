package org.communitychest.monitoring.coverage.ui;

import org.communitychest.base.Message;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapWords;
import org.communitychest.monitoring.coverage.CoverageTotal;
import org.communitychest.monitoring.coverage.GapCoverage;

/**
 * How the coverage page writes its figures, in the gap pages' words ({@link GapWords}): unmet as "19" or "at least
 * 19", coverage as "45%", "at most 45%" where unmet leaves a suppressed count out (the true share is lower), or "no
 * unmet need recorded" where there is nothing to cover.
 */
final class CoverageWords {

    private CoverageWords() {
    }

    static String unmet(GapCoverage g) {
        return Texts.of(GapWords.unmet(g.unmet(), g.gap().lowerBound()));
    }

    static String unmet(CoverageTotal t) {
        return Texts.of(GapWords.unmet(t.unmet(), t.lowerBound()));
    }

    static String coverage(Double coverage, boolean lowerBound) {
        if (coverage == null) {
            return Texts.of(Message.of("staff.coverage.no-unmet"));
        }
        String percent = GapWords.percent(coverage);
        return lowerBound && coverage < 1 ? Texts.of(Message.of("staff.coverage.at-most", percent)) : percent;
    }

    static String fundedCoverage(GapCoverage g) {
        return coverage(g.fundedCoverage(), g.gap().lowerBound());
    }

    static String deliveredCoverage(GapCoverage g) {
        return coverage(g.deliveredCoverage(), g.gap().lowerBound());
    }

    static String fundedCoverage(CoverageTotal t) {
        return coverage(t.fundedCoverage(), t.lowerBound());
    }

    static String deliveredCoverage(CoverageTotal t) {
        return coverage(t.deliveredCoverage(), t.lowerBound());
    }
}

package org.communitychest.monitoring.coverage.ui;

import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.coverage.CoverageText;
import org.communitychest.monitoring.coverage.CoverageTotal;
import org.communitychest.monitoring.coverage.GapCoverage;

/** The coverage figures of a gap or a total in the page's language, as {@link CoverageText} words them. */
final class CoverageWords {

    private CoverageWords() {
    }

    static String unmet(GapCoverage g) {
        return Texts.of(CoverageText.unmet(g.unmet(), g.gap().lowerBound()));
    }

    static String unmet(CoverageTotal t) {
        return Texts.of(CoverageText.unmet(t.unmet(), t.lowerBound()));
    }

    static String fundedCoverage(GapCoverage g) {
        return Texts.of(CoverageText.share(g.fundedCoverage(), g.gap().lowerBound()));
    }

    static String deliveredCoverage(GapCoverage g) {
        return Texts.of(CoverageText.share(g.deliveredCoverage(), g.gap().lowerBound()));
    }

    static String fundedCoverage(CoverageTotal t) {
        return Texts.of(CoverageText.share(t.fundedCoverage(), t.lowerBound()));
    }

    static String deliveredCoverage(CoverageTotal t) {
        return Texts.of(CoverageText.share(t.deliveredCoverage(), t.lowerBound()));
    }
}

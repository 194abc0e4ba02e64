package org.communitychest.monitoring.coverage.ui;

import java.util.List;

/**
 * The coverage map's scale: five steps of ColorBrewer's sequential Oranges by the share of unmet people that
 * funding answers, the darkest for the least covered (as on the gap map, darker means more need left), told apart
 * by lightness; a pale green, off the scale, for areas with no unmet need recorded. Labels are dark on every step
 * but the darkest, for 4.5:1 contrast.
 */
final class CoverageShades {

    /** From the least covered (under 25 %) to fully covered (100 %). */
    static final List<String> COLOURS = List.of("#a63603", "#e6550d", "#fd8d3c", "#fdbe85", "#feedde"); // not user text
    static final String NO_UNMET = "#e5f5e0"; // not user text
    static final String DARK_TEXT = "#1a1a1a"; // not user text
    /** The lowest coverage, in whole percent, of each step. */
    static final List<Integer> FROM = List.of(0, 25, 50, 75, 100);

    private CoverageShades() {
    }

    /** The step of a coverage from 0 to 1: 0 below 25 %, 1 below 50 %, 2 below 75 %, 3 below 100 %, 4 at 100 %. */
    static int step(double coverage) {
        if (coverage >= 1) {
            return 4;
        }
        return Math.min(3, (int) Math.floor(coverage * 4));
    }

    static String colour(int step) {
        return COLOURS.get(step);
    }

    static String textColour(int step) {
        return step == 0 ? "#ffffff" : DARK_TEXT; // not user text
    }
}

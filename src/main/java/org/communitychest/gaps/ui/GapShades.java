package org.communitychest.gaps.ui;

import java.util.List;

/**
 * The matrix's and the map's scale for the size of a gap: six steps of ColorBrewer's sequential Blues, which
 * colour-blind readers tell apart by lightness. The colours are those of {@code .cc-gap-0} to {@code .cc-gap-5} in
 * community-chest.css; dark steps carry white text.
 */
final class GapShades {

    static final int STEPS = 6;
    private static final List<String> COLOURS = List.of("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#2171b5", // not user text
            "#08519c"); // not user text
    /** For areas without figures: a grey that is not a step of the scale. */
    static final String NONE = "#f2f2f2"; // not user text

    private GapShades() {
    }

    /** The step of {@code unmet} on a scale whose darkest step is {@code max}. */
    static int step(int unmet, int max) {
        return max <= 0 ? 0 : (int) Math.round((STEPS - 1) * (double) Math.min(unmet, max) / max);
    }

    static String colour(int step) {
        return COLOURS.get(step);
    }

    static String textColour(int step) {
        return step >= 4 ? "#ffffff" : "#1a1a1a"; // not user text
    }
}

package org.communitychest.monitoring.coverage;

/**
 * The colours of unmet, funded and delivered in every coverage chart, on the page (ECharts) and in the board's PDF
 * (JFreeChart): the gap scale's darkest blue, and Okabe–Ito orange and bluish green, which colour-blind readers
 * tell apart; each series also differs in shape or dash.
 */
public final class CoverageColours {

    public static final String UNMET = "#08519c"; // not user text: a colour
    public static final String FUNDED = "#e69f00"; // not user text: a colour
    public static final String DELIVERED = "#009e73"; // not user text: a colour

    private CoverageColours() {
    }
}

package org.communitychest.monitoring;

/**
 * Which form a report uses: short for grants under the round's short-form threshold (the same one that chose the
 * application form, £2,000 by default as the outcomes spec says), full otherwise.
 */
public enum ReportForm {
    SHORT, FULL
}

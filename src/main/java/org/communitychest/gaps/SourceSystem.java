package org.communitychest.gaps;

/** The case-management system a gap figure was exported from, or MANUAL for a hand-made spreadsheet. */
public enum SourceSystem {
    JOY, ELEMENTAL, EMIS, SYSTMONE, MANUAL
}

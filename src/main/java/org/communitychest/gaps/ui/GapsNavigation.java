package org.communitychest.gaps.ui;

/** Routes of the gaps module, so other modules link to them without seeing its views. */
public final class GapsNavigation {

    private GapsNavigation() {
    }

    /** The gap matrix, the largest gaps first. */
    public static String matrix() {
        return GapMatrixView.PATH;
    }

    /** Where an officer imports gap figures. */
    public static String importPage() {
        return GapImportView.PATH;
    }
}

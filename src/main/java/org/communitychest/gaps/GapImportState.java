package org.communitychest.gaps;

/** Where an import of a gap file has got to. */
public enum GapImportState {
    /** Reading the file and checking every row; nothing is saved yet. */
    CHECKING,
    /** Every row passed: saving them, all in one transaction. */
    SAVING,
    /** Saved: the file's figures are the current ones. */
    DONE,
    /** The file has bad rows, listed with the import: nothing was saved. */
    REFUSED,
    /** The same file was imported before: nothing changed. */
    UNCHANGED,
    /** Something went wrong that was not the file's fault (the database went away); nothing was saved. */
    FAILED;

    public boolean finished() {
        return this != CHECKING && this != SAVING;
    }
}

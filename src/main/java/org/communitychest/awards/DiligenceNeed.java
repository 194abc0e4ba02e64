package org.communitychest.awards;

/**
 * One document due diligence asks of a grant's group, and the latest one they gave: met once an officer verified it
 * within the last 12 months, waiting while unchecked, needed when missing, turned down or too old.
 */
public record DiligenceNeed(DueDiligenceKind kind, DiligenceDocumentInfo latest, boolean met) {

    public boolean waiting() {
        return !met && latest != null && latest.unchecked();
    }
}

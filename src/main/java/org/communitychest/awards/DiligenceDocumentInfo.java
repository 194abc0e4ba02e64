package org.communitychest.awards;

import java.time.Instant;

/** A due diligence document's details: unchecked, verified (when, by whom) or turned down with a reason. */
public record DiligenceDocumentInfo(long id, DueDiligenceKind kind, String fileName, long sizeBytes,
        Instant uploadedAt, Instant verifiedAt, String verifiedBy, String rejectedReason) {

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean rejected() {
        return rejectedReason != null;
    }

    public boolean unchecked() {
        return !verified() && !rejected();
    }
}

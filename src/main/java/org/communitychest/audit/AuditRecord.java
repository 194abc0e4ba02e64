package org.communitychest.audit;

import java.time.Instant;

public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subjectType,
        String subjectId, String subjectLabel, String before, String after) {

    /** The subject in words (such as: Application THT-2026-0004 · Bow Common Neighbours), or its type and id. */
    public String subject() {
        if (subjectLabel != null) {
            return subjectLabel;
        }
        return subjectType + (subjectId == null ? "" : " " + subjectId);
    }
}

package org.communitychest.audit;

import java.time.Instant;

public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subjectType,
        String subjectId, String before, String after) {
}

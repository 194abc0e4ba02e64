package org.communitychest.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit trail. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", length = 60)
    private String subjectId;

    @Column(name = "subject_label", length = 300)
    private String subjectLabel;

    @Column(name = "before_value", columnDefinition = "longtext")
    private String beforeValue;

    @Column(name = "after_value", columnDefinition = "longtext")
    private String afterValue;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, Long partnershipId, String action, String subjectType,
            String subjectId, String subjectLabel, String beforeValue, String afterValue) {
        this.subjectLabel = subjectLabel;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.partnershipId = partnershipId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, subjectType, subjectId, subjectLabel, beforeValue,
                afterValue);
    }
}

package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A panellist's word on one bid, given before its content is shown: no conflict, or a conflict and why. Final. */
@Entity
@Table(name = "panel_conflict")
class ConflictDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private boolean conflicted;

    @Column(length = 1000)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    ConflictDeclaration(long panelId, long memberId, long applicationId, boolean conflicted, String reason,
            Instant declaredAt) {
        this.panelId = panelId;
        this.memberId = memberId;
        this.applicationId = applicationId;
        this.conflicted = conflicted;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    long getMemberId() {
        return memberId;
    }

    long getApplicationId() {
        return applicationId;
    }

    boolean isConflicted() {
        return conflicted;
    }

    String getReason() {
        return reason;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }
}

package org.communitychest.panels;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One panellist's scores for one bid: one sheet per (round, panellist, bid), a unique key in the database. */
@Entity
@Table(name = "score_sheet")
class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SheetStatus status = SheetStatus.DRAFT;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "score_sheet_criterion", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<CriterionMark> marks = new ArrayList<>();

    protected ScoreSheet() {
    }

    ScoreSheet(long panelId, long roundId, long memberId, long applicationId, Instant now) {
        this.panelId = panelId;
        this.roundId = roundId;
        this.memberId = memberId;
        this.applicationId = applicationId;
        this.updatedAt = now;
    }

    /** A draft's score or comment for one criterion, as the panellist leaves it (either may be empty). */
    void mark(long criterionId, Integer level, String comment, Instant now) {
        if (status != SheetStatus.DRAFT) {
            throw new IllegalStateException("A submitted score sheet changes only by amendment");
        }
        replace(criterionId, level, comment);
        updatedAt = now;
    }

    void submit(Instant now) {
        if (status != SheetStatus.DRAFT) {
            throw new IllegalStateException("Only a draft score sheet can be submitted");
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Scoring has closed: a submitted sheet is locked; a draft never counts. */
    boolean lock(Instant now) {
        if (status != SheetStatus.SUBMITTED) {
            return false;
        }
        status = SheetStatus.LOCKED;
        lockedAt = now;
        return true;
    }

    /** A change after submitting: kept beside the original by the amendment the caller records. */
    CriterionMark amend(long criterionId, int level, String comment, Instant now) {
        if (status == SheetStatus.DRAFT) {
            throw new IllegalStateException("A draft is changed, not amended");
        }
        var before = mark(criterionId).orElse(new CriterionMark(criterionId, null, null));
        replace(criterionId, level, comment);
        updatedAt = now;
        return before;
    }

    private void replace(long criterionId, Integer level, String comment) {
        marks.removeIf(m -> m.getCriterionId() == criterionId);
        marks.add(new CriterionMark(criterionId, level, comment));
    }

    Optional<CriterionMark> mark(long criterionId) {
        return marks.stream().filter(m -> m.getCriterionId() == criterionId).findFirst();
    }

    List<CriterionMark> getMarks() {
        return marks;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getPanelId() {
        return panelId;
    }

    long getMemberId() {
        return memberId;
    }

    long getApplicationId() {
        return applicationId;
    }

    SheetStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}

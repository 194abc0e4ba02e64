package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A criterion score changed after submission: what it was, what it became, why, who and when. */
@Entity
@Table(name = "score_amendment")
class ScoreAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false)
    private long sheetId;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(name = "before_level")
    private Integer beforeLevel;

    @Column(name = "before_comment", length = 2000)
    private String beforeComment;

    @Column(name = "after_level", nullable = false)
    private int afterLevel;

    @Column(name = "after_comment", nullable = false, length = 2000)
    private String afterComment;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, length = 320)
    private String amendedBy;

    protected ScoreAmendment() {
    }

    ScoreAmendment(long sheetId, CriterionMark before, CriterionMark after, String reason, Instant amendedAt,
            String amendedBy) {
        this.sheetId = sheetId;
        this.criterionId = after.getCriterionId();
        this.beforeLevel = before.getLevel();
        this.beforeComment = before.getComment();
        this.afterLevel = after.getLevel();
        this.afterComment = after.getComment();
        this.reason = reason;
        this.amendedAt = amendedAt;
        this.amendedBy = amendedBy;
    }

    Amendment toRecord() {
        return new Amendment(criterionId, beforeLevel, beforeComment, afterLevel, afterComment, reason, amendedAt,
                amendedBy);
    }

    long getSheetId() {
        return sheetId;
    }
}

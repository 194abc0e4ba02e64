package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion's score level and comment on a score sheet; either may still be missing on a draft. */
@Embeddable
class CriterionMark {

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(name = "level")
    private Integer level;

    @Column(name = "comment", length = 2000)
    private String comment;

    protected CriterionMark() {
    }

    CriterionMark(long criterionId, Integer level, String comment) {
        this.criterionId = criterionId;
        this.level = level;
        this.comment = comment;
    }

    long getCriterionId() {
        return criterionId;
    }

    Integer getLevel() {
        return level;
    }

    String getComment() {
        return comment;
    }

    boolean isComplete() {
        return level != null && comment != null && !comment.isBlank();
    }

    CriterionScore toScore() {
        return new CriterionScore(criterionId, level, comment);
    }
}

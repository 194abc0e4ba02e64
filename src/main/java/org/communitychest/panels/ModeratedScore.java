package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The panel's moderated score of a bid, with the reason, who set it, when and the value it replaced; never changed. */
@Entity
@Table(name = "moderated_score")
class ModeratedScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    /** Null when the moderation was taken back and the calibrated score counts again. */
    @Column
    private Double score;

    @Column(name = "previous_score")
    private Double previousScore;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, length = 320)
    private String setBy;

    protected ModeratedScore() {
    }

    ModeratedScore(long panelId, long applicationId, Double score, Double previousScore, String reason,
            Instant setAt, String setBy) {
        this.panelId = panelId;
        this.applicationId = applicationId;
        this.score = score;
        this.previousScore = previousScore;
        this.reason = reason;
        this.setAt = setAt;
        this.setBy = setBy;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    Moderation.Moderated toRecord() {
        return new Moderation.Moderated(score, previousScore, reason, setAt, setBy);
    }
}

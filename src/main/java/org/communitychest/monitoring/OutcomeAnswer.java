package org.communitychest.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.communitychest.monitoring.outcomes.Measurement;
import org.communitychest.monitoring.outcomes.Ons4;
import org.communitychest.monitoring.outcomes.ParticipantCode;
import org.communitychest.monitoring.outcomes.Stage;
import org.communitychest.monitoring.outcomes.Swemwbs;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One participant's wellbeing answers at one stage, under the project's pseudonymous code for them. */
@Entity
@Table(name = "outcome_answer")
class OutcomeAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "participant_code", nullable = false, length = 20)
    private String participantCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Stage stage;

    @Column(name = "collected_on")
    private LocalDate collectedOn;

    @Column(name = "ons4_satisfied")
    private Integer satisfied;
    @Column(name = "ons4_worthwhile")
    private Integer worthwhile;
    @Column(name = "ons4_happy")
    private Integer happy;
    @Column(name = "ons4_anxious")
    private Integer anxious;
    @Column(name = "swemwbs_1")
    private Integer s1;
    @Column(name = "swemwbs_2")
    private Integer s2;
    @Column(name = "swemwbs_3")
    private Integer s3;
    @Column(name = "swemwbs_4")
    private Integer s4;
    @Column(name = "swemwbs_5")
    private Integer s5;
    @Column(name = "swemwbs_6")
    private Integer s6;
    @Column(name = "swemwbs_7")
    private Integer s7;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected OutcomeAnswer() {
    }

    OutcomeAnswer(long partnershipId, long grantId, long roundId, Measurement measurement, Instant now) {
        this.partnershipId = partnershipId;
        this.grantId = grantId;
        this.roundId = roundId;
        this.participantCode = measurement.participant().value();
        this.stage = measurement.stage();
        take(measurement, now);
    }

    /** Replaces the answers with these (the same participant at the same stage, entered again). */
    void take(Measurement m, Instant now) {
        this.collectedOn = m.collectedOn().orElse(null);
        var ons4 = m.ons4().answers();
        satisfied = ons4.get(org.communitychest.monitoring.outcomes.Ons4Item.SATISFIED);
        worthwhile = ons4.get(org.communitychest.monitoring.outcomes.Ons4Item.WORTHWHILE);
        happy = ons4.get(org.communitychest.monitoring.outcomes.Ons4Item.HAPPY);
        anxious = ons4.get(org.communitychest.monitoring.outcomes.Ons4Item.ANXIOUS);
        var s = m.swemwbs().answers();
        var items = org.communitychest.monitoring.outcomes.SwemwbsItem.values();
        s1 = s.get(items[0]);
        s2 = s.get(items[1]);
        s3 = s.get(items[2]);
        s4 = s.get(items[3]);
        s5 = s.get(items[4]);
        s6 = s.get(items[5]);
        s7 = s.get(items[6]);
        this.enteredAt = now;
    }

    Measurement measurement() {
        return new Measurement(new ParticipantCode(participantCode), stage, Optional.ofNullable(collectedOn),
                Ons4.of(satisfied, worthwhile, happy, anxious), Swemwbs.of(s1, s2, s3, s4, s5, s6, s7));
    }

    Long getId() {
        return id;
    }

    long getGrantId() {
        return grantId;
    }

    String getParticipantCode() {
        return participantCode;
    }

    Stage getStage() {
        return stage;
    }
}

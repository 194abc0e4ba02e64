package org.communitychest.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_eligibility_answer")
class EligibilityAnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false)
    private boolean answer;

    @Column(name = "screening_pass")
    private Boolean screeningPass;

    @Column(name = "screening_reason", length = 1000)
    private String screeningReason;

    protected EligibilityAnswerEntity() {
    }

    EligibilityAnswerEntity(long questionId, boolean answer) {
        this.questionId = questionId;
        this.answer = answer;
    }

    void screen(boolean pass, String reason) {
        this.screeningPass = pass;
        this.screeningReason = reason;
    }

    long getQuestionId() {
        return questionId;
    }

    EligibilityAnswer toRecord() {
        return new EligibilityAnswer(questionId, answer, screeningPass, screeningReason);
    }
}

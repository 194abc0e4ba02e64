package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "round_eligibility_question")
class EligibilityQuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String question;

    @Column(name = "passing_answer", nullable = false)
    private boolean passingAnswer;

    @Column(name = "fail_reason", nullable = false, length = 1000)
    private String failReason;

    @Column(nullable = false, length = 1000)
    private String signpost;

    protected EligibilityQuestionEntity() {
    }

    EligibilityQuestionEntity(int position, EligibilityQuestion q) {
        this.position = position;
        this.question = q.question().trim();
        this.passingAnswer = q.passingAnswer();
        this.failReason = q.failReason().trim();
        this.signpost = q.signpost().trim();
    }

    EligibilityQuestion toRecord() {
        return new EligibilityQuestion(id, question, passingAnswer, failReason, signpost);
    }
}

package org.communitychest.applications;

import org.communitychest.base.SignedInUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An officer's question about a submitted application, and the applicant's answer. */
@Entity
@Table(name = "information_request")
class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "asked_by", nullable = false, length = 254)
    private String askedBy;

    @Column(name = "asked_by_name", length = 100)
    private String askedByName;

    @Column(name = "answered_by_name", length = 100)
    private String answeredByName;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected InformationRequest() {
    }

    InformationRequest(long applicationId, String question, SignedInUser askedBy, Instant askedAt) {
        this.applicationId = applicationId;
        this.question = question;
        this.askedBy = askedBy.email();
        this.askedByName = askedBy.displayName();
        this.askedAt = askedAt;
    }

    void answer(String answer, SignedInUser answeredBy, Instant now) {
        if (this.answer != null) {
            throw new IllegalStateException("This question has already been answered");
        }
        this.answer = answer;
        this.answeredBy = answeredBy.email();
        this.answeredByName = answeredBy.displayName();
        this.answeredAt = now;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    InformationRequestInfo toInfo() {
        return new InformationRequestInfo(id, question, askedBy, askedAt, answer, answeredBy, answeredAt,
                askedByName, answeredByName);
    }
}

package org.communitychest.votes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone who may vote, and whether they have: nothing here says what they chose. */
@Entity
@Table(name = "vote_voter")
class Voter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VoterKind kind;

    @Column(length = 320)
    private String email;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "has_voted", nullable = false)
    private boolean hasVoted;

    protected Voter() {
    }

    private Voter(long voteId, VoterKind kind, String email, Long organisationId, String codeHash) {
        this.voteId = voteId;
        this.kind = kind;
        this.email = email;
        this.organisationId = organisationId;
        this.codeHash = codeHash;
    }

    static Voter byEmail(long voteId, String email, String codeHash) {
        return new Voter(voteId, VoterKind.EMAIL, email, null, codeHash);
    }

    static Voter byCode(long voteId, String codeHash) {
        return new Voter(voteId, VoterKind.CODE, null, null, codeHash);
    }

    static Voter applicant(long voteId, long organisationId) {
        return new Voter(voteId, VoterKind.APPLICANT, null, organisationId, null);
    }

    void voted() {
        hasVoted = true;
    }

    Long getId() {
        return id;
    }

    long getVoteId() {
        return voteId;
    }

    VoterKind getKind() {
        return kind;
    }

    String getEmail() {
        return email;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    boolean hasVoted() {
        return hasVoted;
    }
}

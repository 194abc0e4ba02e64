package org.communitychest.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A member's invitation to a colleague: a link that works once, for 14 days. Only the SHA-256 of the token is kept. */
@Entity
@Table(name = "organisation_invitation")
class OrganisationInvitation {

    static final Duration LIFETIME = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    protected OrganisationInvitation() {
    }

    OrganisationInvitation(long organisationId, String email, String tokenHash, long invitedBy, Instant now) {
        this.organisationId = organisationId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    boolean usableAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(long userId, Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This invitation has been used or has expired");
        }
        acceptedAt = now;
        acceptedBy = userId;
    }

    /** A newer invitation to the same person replaces this one: its link stops working. */
    void replace(Instant now) {
        if (usableAt(now)) {
            expiresAt = now;
        }
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getEmail() {
        return email;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    PendingInvitation toPending() {
        return new PendingInvitation(email, expiresAt);
    }
}

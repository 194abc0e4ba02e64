package org.communitychest.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who may keep a group's profile and apply for it. Only the account id is kept here. */
@Entity
@Table(name = "organisation_member")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    Membership(long organisationId, long userId, Instant joinedAt) {
        this.organisationId = organisationId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getUserId() {
        return userId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }
}

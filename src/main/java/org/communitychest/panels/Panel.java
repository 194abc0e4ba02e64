package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A round's panel: one a round. Its lottery seed breaks the last ties of the ranking, the same on every look. */
@Entity
@Table(name = "panel")
class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "lottery_seed", nullable = false)
    private long lotterySeed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Version
    private long version;

    protected Panel() {
    }

    Panel(long partnershipId, long roundId, long lotterySeed, Instant createdAt, String createdBy) {
        this.partnershipId = partnershipId;
        this.roundId = roundId;
        this.lotterySeed = lotterySeed;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    long getRoundId() {
        return roundId;
    }

    long getLotterySeed() {
        return lotterySeed;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

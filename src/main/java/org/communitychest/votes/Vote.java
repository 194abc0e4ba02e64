package org.communitychest.votes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A round's vote: when it is open, the pot it shares out, the bids on its ballot and how many may be ticked. */
@Entity
@Table(name = "vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VoteState state = VoteState.DRAFT;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "pot_pence", nullable = false)
    private long potPence;

    @Column(name = "min_ticks", nullable = false)
    private int minTicks;

    @Column(name = "max_ticks", nullable = false)
    private int maxTicks;

    @Column(name = "applicants_vote", nullable = false)
    private boolean applicantsVote;

    @Column(name = "ballot_secret", length = 64)
    private String ballotSecret;

    /** Breaks the last ties of the count (after lower cost), the same on every count; published with the result. */
    @Column(name = "lottery_seed", nullable = false)
    private long lotterySeed;

    @ElementCollection
    @CollectionTable(name = "vote_bid", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    @Column(name = "application_id", nullable = false)
    private List<Long> bids = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Version
    private long version;

    protected Vote() {
    }

    Vote(long partnershipId, long roundId, long potPence, long lotterySeed,
            Instant createdAt, String createdBy) {
        this.lotterySeed = lotterySeed;
        this.partnershipId = partnershipId;
        this.roundId = roundId;
        this.potPence = potPence;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void change(VoteSettings settings) {
        if (state != VoteState.DRAFT) {
            throw new IllegalStateException("Only a vote being set up can change, not a " + state + " one");
        }
        opensAt = settings.opensAt();
        closesAt = settings.closesAt();
        potPence = settings.pot().pence();
        minTicks = settings.minTicks();
        maxTicks = settings.maxTicks();
        applicantsVote = settings.applicantsVote();
        bids.clear();
        bids.addAll(settings.bids());
    }

    /** Opens for ballots; the secret that keys each voter's ballot is made now and lives until the vote closes. */
    void open(String secret) {
        if (state != VoteState.DRAFT) {
            throw new IllegalStateException("Only a vote being set up can open, not a " + state + " one");
        }
        state = VoteState.OPEN;
        ballotSecret = secret;
    }

    void close(Instant now) {
        if (state != VoteState.OPEN) {
            throw new IllegalStateException("Only an open vote can close, not a " + state + " one");
        }
        state = VoteState.CLOSED;
        closedAt = now;
        ballotSecret = null;
    }

    /** Whether ballots are taken at this moment: open, and between its opening and closing times. */
    boolean takesBallots(Instant now) {
        return state == VoteState.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
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

    VoteState getState() {
        return state;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    long getPotPence() {
        return potPence;
    }

    int getMinTicks() {
        return minTicks;
    }

    int getMaxTicks() {
        return maxTicks;
    }

    boolean isApplicantsVote() {
        return applicantsVote;
    }

    String getBallotSecret() {
        return ballotSecret;
    }

    long getLotterySeed() {
        return lotterySeed;
    }

    List<Long> getBids() {
        return List.copyOf(bids);
    }
}

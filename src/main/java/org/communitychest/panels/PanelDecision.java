package org.communitychest.panels;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A round's decision: the list its panel approved and which members voted for it, or the list its residents' vote
 * chose and who approved it (then there is no panel); when, and any overrides. Released to applicants later, once.
 */
@Entity
@Table(name = "panel_decision")
class PanelDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "panel_id")
    private Long panelId;

    @Column(name = "approved_by", length = 1000)
    private String approvedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AllocationMethod method;

    @Column(name = "lottery_seed", nullable = false)
    private long lotterySeed;

    @Column(name = "members_present", nullable = false)
    private int membersPresent;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 320)
    private String recordedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by", length = 320)
    private String releasedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "panel_decision_vote", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "member_id")
    private Set<Long> votedFor = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "panel_decision_bid", joinColumns = @JoinColumn(name = "decision_id"))
    private List<DecidedBid> bids = new ArrayList<>();

    protected PanelDecision() {
    }

    PanelDecision(long roundId, Long panelId, AllocationMethod method, long lotterySeed, int membersPresent,
            Set<Long> votedFor, List<DecidedBid> bids, Instant recordedAt, String recordedBy) {
        this.roundId = roundId;
        this.panelId = panelId;
        this.method = method;
        this.lotterySeed = lotterySeed;
        this.membersPresent = membersPresent;
        this.votedFor.addAll(votedFor);
        this.bids.addAll(bids);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The list a residents' vote chose, approved by the people the officer names. */
    static PanelDecision ofVote(long roundId, AllocationMethod method, long lotterySeed, String approvedBy,
            List<DecidedBid> bids, Instant recordedAt, String recordedBy) {
        var decision = new PanelDecision(roundId, null, method, lotterySeed, 0, Set.of(), bids, recordedAt,
                recordedBy);
        decision.approvedBy = approvedBy;
        return decision;
    }

    void changeFeedback(long applicationId, String feedback) {
        if (releasedAt != null) {
            throw new IllegalStateException("Released feedback does not change");
        }
        bids.stream().filter(b -> b.getApplicationId() == applicationId).findFirst()
                .orElseThrow(CurrentMember::notFound).changeFeedback(feedback);
    }

    void released(Instant now, String by) {
        if (releasedAt == null) {
            releasedAt = now;
            releasedBy = by;
        }
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    Long getPanelId() {
        return panelId;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    long getVersion() {
        return version;
    }

    AllocationMethod getMethod() {
        return method;
    }

    long getLotterySeed() {
        return lotterySeed;
    }

    int getMembersPresent() {
        return membersPresent;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }

    String getReleasedBy() {
        return releasedBy;
    }

    Set<Long> getVotedFor() {
        return votedFor;
    }

    List<DecidedBid> getBids() {
        return bids;
    }
}

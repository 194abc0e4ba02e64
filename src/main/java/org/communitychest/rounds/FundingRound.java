package org.communitychest.rounds;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.Money;
import org.communitychest.organisations.IncomeBand;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "funding_round")
class FundingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "pot_pence", nullable = false)
    private long potPence;

    @Column(name = "min_grant_pence", nullable = false)
    private long minGrantPence;

    @Column(name = "max_grant_pence", nullable = false)
    private long maxGrantPence;

    @Column(name = "short_form_threshold_pence", nullable = false)
    private long shortFormThresholdPence;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "project_end_limit", nullable = false)
    private LocalDate projectEndLimit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ScoringScale scale;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "scoring_opened_at")
    private Instant scoringOpenedAt;

    @Column(name = "scoring_closes_at")
    private Instant scoringClosesAt;

    @Column(name = "scoring_closed_at")
    private Instant scoringClosedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision_mode", nullable = false, length = 20)
    private DecisionMode decisionMode = DecisionMode.PANEL;

    @ElementCollection
    @CollectionTable(name = "round_minimum_share", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<MinimumShareValue> minimumShares = new ArrayList<>();

    @Column(name = "one_grant_per_organisation", nullable = false)
    private boolean oneGrantPerOrganisation;

    @Column(name = "small_group_share_percent")
    private Integer smallGroupSharePercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "small_group_income_band", length = 30)
    private IncomeBand smallGroupIncomeBand;

    @Column(name = "min_priority_gaps_covered", nullable = false)
    private int minPriorityGapsCovered;

    @Column(name = "partial_award_min_percent", nullable = false)
    private int partialAwardMinPercent;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("position")
    private List<EligibilityQuestionEntity> eligibility = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("position")
    private List<CriterionEntity> criteria = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    private List<PriorityEntity> priorities = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("position")
    private List<RequiredDocumentEntity> documents = new ArrayList<>();

    protected FundingRound() {
    }

    FundingRound(long partnershipId) {
        this.partnershipId = partnershipId;
    }

    void applyBasics(RoundForm form, Instant opensAt, Instant closesAt) {
        this.title = form.title().trim();
        this.description = form.description().trim();
        this.potPence = form.pot().pence();
        this.minGrantPence = form.minGrant().pence();
        this.maxGrantPence = form.maxGrant().pence();
        this.shortFormThresholdPence = form.shortFormThreshold().pence();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.projectEndLimit = form.projectEndLimit();
    }

    /** Criteria, weights, scale and eligibility: only while the round has not opened. */
    void applyAssessment(RoundForm form) {
        this.scale = form.scale();
        eligibility.clear();
        int position = 0;
        for (var q : form.eligibility()) {
            eligibility.add(new EligibilityQuestionEntity(position++, q));
        }
        criteria.clear();
        position = 0;
        for (var c : form.criteria()) {
            criteria.add(new CriterionEntity(position++, c));
        }
    }

    /**
     * Priorities and required documents are changed in place: a row that stays keeps its id. Applicants' uploads
     * point at their required document's id, and a priority that is deleted and inserted again in one flush
     * breaks the (round, need, area) unique key, because Hibernate inserts before it deletes orphans.
     */
    void applyPrioritiesAndDocuments(RoundForm form) {
        var wanted = form.priorities();
        priorities.removeIf(p -> wanted.stream().noneMatch(ref -> ref.isFor(p.getNeedCategoryId(), p.getAreaId())));
        for (var ref : wanted) {
            var priority = priorities.stream().filter(p -> ref.isFor(p.getNeedCategoryId(), p.getAreaId()))
                    .findFirst().orElseGet(() -> {
                        var added = new PriorityEntity(ref.needCategoryId(), ref.areaId());
                        priorities.add(added);
                        return added;
                    });
            priority.take(ref.figures(), ref.figuresPublic());
        }
        var kept = new ArrayList<RequiredDocumentEntity>();
        int position = 0;
        for (String label : form.requiredDocuments()) {
            String trimmed = label.trim();
            var document = documents.stream().filter(d -> d.getLabel().equals(trimmed) && !kept.contains(d))
                    .findFirst().orElseGet(() -> new RequiredDocumentEntity(0, trimmed));
            document.moveTo(position++);
            kept.add(document);
        }
        documents.clear();
        documents.addAll(kept);
    }

    void publish(Instant now) {
        if (status != RoundStatus.DRAFT) {
            throw new IllegalStateException("Only a draft round can be published");
        }
        status = RoundStatus.OPEN;
        publishedAt = now;
    }

    boolean closeIfDue(Instant now) {
        if (status == RoundStatus.OPEN && !now.isBefore(closesAt)) {
            status = RoundStatus.CLOSED;
            closedAt = now;
            return true;
        }
        return false;
    }

    /** The officer opens scoring on a closed round, until a deadline still to come. */
    void openScoring(Instant now, Instant deadline) {
        if (status != RoundStatus.CLOSED) {
            throw new IllegalStateException("Only a closed round can open scoring, not a " + status + " one");
        }
        if (!deadline.isAfter(now)) {
            throw new IllegalArgumentException("The scoring deadline must be later than now");
        }
        status = RoundStatus.SCORING;
        scoringOpenedAt = now;
        scoringClosesAt = deadline;
    }

    void moveScoringDeadline(Instant now, Instant deadline) {
        if (status != RoundStatus.SCORING) {
            throw new IllegalStateException("Only a round in scoring can move its deadline, not a " + status + " one");
        }
        if (!deadline.isAfter(now)) {
            throw new IllegalArgumentException("The scoring deadline must be later than now");
        }
        scoringClosesAt = deadline;
    }

    /** Scoring ends, at its deadline or earlier when the officer closes it: the panel moderates. */
    void closeScoring(Instant now) {
        if (status != RoundStatus.SCORING) {
            throw new IllegalStateException("Only a round in scoring can close scoring, not a " + status + " one");
        }
        status = RoundStatus.MODERATION;
        scoringClosedAt = now;
    }

    /** A round put into scoring without a deadline (by hand, in the database) waits for the officer to close it. */
    boolean closeScoringIfDue(Instant now) {
        if (status == RoundStatus.SCORING && scoringClosesAt != null && !now.isBefore(scoringClosesAt)) {
            closeScoring(now);
            return true;
        }
        return false;
    }

    /**
     * Whether the round's funded list can be recorded now: after the panel's moderation, or, when residents' vote
     * alone decides, once applications have closed (a panel may have scored the bids for advice meanwhile).
     */
    boolean canBeDecided() {
        return status == RoundStatus.MODERATION || decisionMode == DecisionMode.VOTE
                && (status == RoundStatus.CLOSED || status == RoundStatus.SCORING);
    }

    /** The funded list is recorded: by the panel, or from the residents' vote. */
    void markDecided(Instant now) {
        if (!canBeDecided()) {
            throw new IllegalStateException("A " + decisionMode + " round cannot be decided when " + status);
        }
        status = RoundStatus.DECIDED;
        decidedAt = now;
    }

    /** The allocation rules: refused once scoring has opened, unless they are the rules the round has. */
    void applyAllocationRules(AllocationRules rules) {
        if (allocationRules().sameAs(rules)) {
            return;
        }
        if (status.scoringHasOpened()) {
            throw new IllegalStateException("The allocation rules are fixed once scoring opens");
        }
        minimumShares.clear();
        rules.minimumShares().forEach(share -> minimumShares.add(new MinimumShareValue(share)));
        oneGrantPerOrganisation = rules.oneGrantPerOrganisation();
        smallGroupSharePercent = rules.smallGroups().map(AllocationRules.SmallGroupShare::percent).orElse(null);
        smallGroupIncomeBand = rules.smallGroups().map(AllocationRules.SmallGroupShare::atOrUnder).orElse(null);
        minPriorityGapsCovered = rules.minimumPriorityGapsCovered();
        partialAwardMinPercent = rules.partialAwardMinimumPercent();
    }

    /** The allocation rules by ids, without the names of the areas and needs. */
    AllocationRules allocationRules() {
        var smallGroups = smallGroupSharePercent == null ? null
                : new AllocationRules.SmallGroupShare(smallGroupSharePercent, smallGroupIncomeBand);
        return new AllocationRules(minimumShares.stream().map(MinimumShareValue::toRecord).toList(),
                oneGrantPerOrganisation, smallGroups, minPriorityGapsCovered, partialAwardMinPercent);
    }

    Instant getScoringClosesAt() {
        return scoringClosesAt;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    RoundStatus getStatus() {
        return status;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    String getTitle() {
        return title;
    }

    Money pot() {
        return Money.ofPence(potPence);
    }

    Money minGrant() {
        return Money.ofPence(minGrantPence);
    }

    Money maxGrant() {
        return Money.ofPence(maxGrantPence);
    }

    Money shortFormThreshold() {
        return Money.ofPence(shortFormThresholdPence);
    }

    String getDescription() {
        return description;
    }

    LocalDate getProjectEndLimit() {
        return projectEndLimit;
    }

    ScoringScale getScale() {
        return scale;
    }

    List<EligibilityQuestionEntity> getEligibility() {
        return eligibility;
    }

    List<CriterionEntity> getCriteria() {
        return criteria;
    }

    List<PriorityEntity> getPriorities() {
        return priorities;
    }

    List<RequiredDocumentEntity> getDocuments() {
        return documents;
    }

    DecisionMode getDecisionMode() {
        return decisionMode;
    }

    /** How the round will choose its funded list; it stays as it is once the list is recorded. */
    void chooseDecisionMode(DecisionMode mode) {
        if (status == RoundStatus.DECIDED) {
            throw new IllegalStateException("A decided round keeps how it was decided");
        }
        decisionMode = mode;
    }
}

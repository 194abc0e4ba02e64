package org.communitychest.rounds;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.Money;
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
}

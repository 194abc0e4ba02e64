package org.communitychest.applications;

import org.communitychest.audit.AuditSubject;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitychest.base.Money;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "application")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "form_type", nullable = false, length = 10)
    private FormType formType;

    @Column(name = "project_title", length = 200)
    private String projectTitle;

    @Column(length = 4000)
    private String summary;

    @Column(name = "summary_media_url", length = 500)
    private String summaryMediaUrl;

    @Column(name = "need_statement", columnDefinition = "longtext")
    private String needStatement;

    @Column(length = 2000)
    private String beneficiaries;

    @Column(name = "referral_capacity")
    private Integer referralCapacity;

    @Column(columnDefinition = "longtext")
    private String activities;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "amount_requested_pence", nullable = false)
    private long amountRequestedPence;

    @Column(name = "no_governing_document", nullable = false)
    private boolean noGoverningDocument;

    @Column(name = "declared_true", nullable = false)
    private boolean declaredTrue;

    @Column(name = "declared_share", nullable = false)
    private boolean declaredShare;

    @Column(name = "declared_safeguarding", nullable = false)
    private boolean declaredSafeguarding;

    @Column(name = "declarant_name", length = 100)
    private String declarantName;

    @Column(name = "declarant_role", length = 100)
    private String declarantRole;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "amount_awarded_pence")
    private Long amountAwardedPence;

    @Column(name = "decision_feedback", columnDefinition = "longtext")
    private String decisionFeedback;

    @Column(name = "decision_released_at")
    private Instant decisionReleasedAt;

    @Version
    private long version;

    @Fetch(FetchMode.SUBSELECT)
    @ElementCollection
    @CollectionTable(name = "application_need", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "need_category_id")
    private Set<Long> needIds = new HashSet<>();

    @Fetch(FetchMode.SUBSELECT)
    @ElementCollection
    @CollectionTable(name = "application_area", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    @Fetch(FetchMode.SUBSELECT)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("position")
    private List<BudgetLineEntity> budget = new ArrayList<>();

    @Fetch(FetchMode.SUBSELECT)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    private List<EligibilityAnswerEntity> eligibility = new ArrayList<>();

    protected Application() {
    }

    Application(long partnershipId, long roundId, long organisationId, String organisationName, long createdBy,
            FormType formType, Map<Long, Boolean> eligibilityAnswers, Instant now) {
        this.partnershipId = partnershipId;
        this.roundId = roundId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.createdBy = createdBy;
        this.formType = formType;
        this.createdAt = now;
        this.updatedAt = now;
        eligibilityAnswers.forEach((question, answer) -> eligibility.add(new EligibilityAnswerEntity(question, answer)));
    }

    private void editing(Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalStateException("A submitted application cannot be changed");
        }
        updatedAt = now;
    }

    void changeAbout(String title, String summary, String mediaUrl, String needStatement, Instant now) {
        editing(now);
        this.projectTitle = title;
        this.summary = summary;
        this.summaryMediaUrl = mediaUrl;
        this.needStatement = needStatement;
    }

    void changeWhoItHelps(Set<Long> needs, Set<Long> areas, Integer capacity, String beneficiaries, Instant now) {
        editing(now);
        this.needIds.clear();
        this.needIds.addAll(needs);
        this.areaIds.clear();
        this.areaIds.addAll(areas);
        this.referralCapacity = capacity;
        this.beneficiaries = beneficiaries;
    }

    void changeActivities(String activities, LocalDate start, LocalDate end, Instant now) {
        editing(now);
        this.activities = activities;
        this.startDate = start;
        this.endDate = end;
    }

    void changeBudget(List<BudgetLine> lines, Instant now) {
        editing(now);
        budget.clear();
        int position = 0;
        long requested = 0;
        for (var line : lines) {
            budget.add(new BudgetLineEntity(position++, line));
            if (line.paidByGrant()) {
                requested += line.costOrZero().pence();
            }
        }
        amountRequestedPence = requested;
    }

    void changeNoGoverningDocument(boolean none, Instant now) {
        editing(now);
        this.noGoverningDocument = none;
    }

    void changeDeclarations(boolean declaredTrue, boolean declaredShare, boolean declaredSafeguarding, String name,
            String role, Instant now) {
        editing(now);
        this.declaredTrue = declaredTrue;
        this.declaredShare = declaredShare;
        this.declaredSafeguarding = declaredSafeguarding;
        this.declarantName = name;
        this.declarantRole = role;
    }

    void touch(Instant now) {
        editing(now);
    }

    void submit(String reference, String organisationName, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be submitted");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.reference = reference;
        this.organisationName = organisationName;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        if (!status.canWithdraw()) {
            throw new IllegalStateException("This application can no longer be withdrawn");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
    }

    /** Records the officer's decision on each gate; eligible only if every gate passes. */
    void screen(Map<Long, GateDecision> decisions, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.ELIGIBLE
                && status != ApplicationStatus.INELIGIBLE) {
            throw new IllegalStateException("Only a submitted application can be screened");
        }
        for (var answer : eligibility) {
            var decision = decisions.get(answer.getQuestionId());
            if (decision == null) {
                throw new IllegalArgumentException("No decision on eligibility question " + answer.getQuestionId());
            }
            answer.screen(decision.pass(), decision.reason());
        }
        boolean allPass = decisions.values().stream().allMatch(GateDecision::pass);
        this.status = allPass ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        this.screenedAt = now;
        this.updatedAt = now;
    }

    /**
     * The panel's decision, released to the applicant: only an eligible application can be decided, and the amount
     * must fit the outcome (the whole request, a part of it, or nothing).
     */
    void decide(ApplicationStatus outcome, Money awarded, String feedback, Instant now) {
        if (status != ApplicationStatus.ELIGIBLE) {
            throw new IllegalStateException("Only an eligible application can be decided, not a " + status);
        }
        if (!fits(outcome, awarded, amountRequested())) {
            throw new IllegalArgumentException("An outcome of " + outcome + " cannot award " + awarded + " of "
                    + amountRequested());
        }
        this.status = outcome;
        this.amountAwardedPence = awarded.pence();
        this.decisionFeedback = feedback;
        this.decisionReleasedAt = now;
        this.updatedAt = now;
    }

    /** Whether an outcome may award this amount of a request. */
    static boolean fits(ApplicationStatus outcome, Money awarded, Money requested) {
        if (outcome == null || awarded == null) {
            return false;
        }
        return switch (outcome) {
            case FUNDED -> awarded.equals(requested) && awarded.pence() > 0;
            case PART_FUNDED -> awarded.pence() > 0 && awarded.isLessThan(requested);
            case NOT_FUNDED -> awarded.pence() == 0;
            default -> false;
        };
    }

    /** The released decision; empty until the officer releases it. */
    Optional<ApplicationDecision> decision() {
        if (!status.isDecided()) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationDecision(status, Money.ofPence(amountAwardedPence),
                amountRequested(), decisionFeedback, decisionReleasedAt));
    }

    Long getId() {
        return id;
    }

    /** How the audit trail names this application: by reference once submitted, and always with the group. */
    AuditSubject auditSubject() {
        return new AuditSubject("Application", id, (reference == null // not user text: audit trail
                ? "Draft application " + id : "Application " + reference) // not user text: audit trail
                + " · " + organisationName);
    }

    long getVersion() {
        return version;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    long getCreatedBy() {
        return createdBy;
    }

    long getRoundId() {
        return roundId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getOrganisationName() {
        return organisationName;
    }

    String getReference() {
        return reference;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    FormType getFormType() {
        return formType;
    }

    String getProjectTitle() {
        return projectTitle;
    }

    String getSummary() {
        return summary;
    }

    String getSummaryMediaUrl() {
        return summaryMediaUrl;
    }

    String getNeedStatement() {
        return needStatement;
    }

    String getBeneficiaries() {
        return beneficiaries;
    }

    Integer getReferralCapacity() {
        return referralCapacity;
    }

    String getActivities() {
        return activities;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    Money amountRequested() {
        return Money.ofPence(amountRequestedPence);
    }

    boolean isNoGoverningDocument() {
        return noGoverningDocument;
    }

    boolean isDeclaredTrue() {
        return declaredTrue;
    }

    boolean isDeclaredShare() {
        return declaredShare;
    }

    boolean isDeclaredSafeguarding() {
        return declaredSafeguarding;
    }

    String getDeclarantName() {
        return declarantName;
    }

    String getDeclarantRole() {
        return declarantRole;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<Long> getNeedIds() {
        return needIds;
    }

    Set<Long> getAreaIds() {
        return areaIds;
    }

    List<BudgetLineEntity> getBudget() {
        return budget;
    }

    List<EligibilityAnswerEntity> getEligibility() {
        return eligibility;
    }
}

package org.communitychest.awards;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.communitychest.audit.AuditSubject;
import org.communitychest.base.Language;
import org.communitychest.base.Money;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A grant made from a funded application: its amount, conditions, dates, budget and payment schedule, and what
 * happened to it, from the offer to the last payment. Its status moves only through the methods here.
 */
@Entity
@Table(name = "grant_award")
class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "project_title", nullable = false, length = 200)
    private String projectTitle;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Column(name = "requested_pence", nullable = false)
    private long requestedPence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private GrantStatus status = GrantStatus.PREPARING;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(columnDefinition = "TEXT")
    private String conditions;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "safeguarding_needed", nullable = false)
    private boolean safeguardingNeeded = true;

    @Column(name = "letter_language", nullable = false, length = 5)
    private String letterLanguage = "en";

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offered_by", length = 320)
    private String offeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signer_role", length = 200)
    private String signerRole;

    @Column(name = "signer_address", length = 64)
    private String signerAddress;

    @Column(name = "decline_reason", columnDefinition = "TEXT")
    private String declineReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 320)
    private String withdrawnBy;

    @Column(name = "withdraw_reason", columnDefinition = "TEXT")
    private String withdrawReason;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "grant_instalment", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<Instalment> instalments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "grant_budget_line", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<GrantBudgetItem> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "grant_need", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "need_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> needIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "grant_area", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "area_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> areaIds = new HashSet<>();

    protected Grant() {
    }

    Grant(long partnershipId, long roundId, Funded funded, Language letterLanguage, List<PlannedPayment> schedule,
            Instant now) {
        this.partnershipId = partnershipId;
        this.letterLanguage = letterLanguage.code();
        this.roundId = roundId;
        this.applicationId = funded.applicationId();
        this.organisationId = funded.organisationId();
        this.reference = funded.reference();
        this.organisationName = funded.organisationName();
        this.projectTitle = funded.projectTitle();
        this.summary = funded.summary();
        this.requestedPence = funded.requested().pence();
        this.needIds.addAll(funded.needIds());
        this.areaIds.addAll(funded.areaIds());
        var terms = funded.terms();
        this.amountPence = terms.amount().pence();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        var budget = terms.budget();
        budget.forEach(line -> this.budget.add(new GrantBudgetItem(line)));
        schedule(schedule);
        this.updatedAt = now;
    }

    /** The terms, while the offer is being prepared. */
    void prepare(String conditions, LocalDate startDate, LocalDate endDate, boolean safeguardingNeeded,
            List<PlannedPayment> schedule, Instant now) {
        requireStatus(GrantStatus.PREPARING);
        this.conditions = conditions;
        this.startDate = startDate;
        this.endDate = endDate;
        this.safeguardingNeeded = safeguardingNeeded;
        schedule(schedule);
        this.updatedAt = now;
    }

    private void schedule(List<PlannedPayment> schedule) {
        instalments.clear();
        schedule.forEach(p -> instalments.add(new Instalment(p.amount(), p.dueDate(), p.onFinalReport())));
    }

    void offer(String by, Instant now) {
        requireStatus(GrantStatus.PREPARING);
        status = GrantStatus.OFFERED;
        offeredAt = now;
        offeredBy = by;
        updatedAt = now;
    }

    void accept(long accountId, String name, String role, String address, Instant now) {
        requireStatus(GrantStatus.OFFERED);
        status = GrantStatus.ACCEPTED;
        answeredBy = accountId;
        answeredAt = now;
        signerName = name;
        signerRole = role;
        signerAddress = address;
        updatedAt = now;
    }

    void decline(long accountId, String reason, Instant now) {
        requireStatus(GrantStatus.OFFERED);
        status = GrantStatus.DECLINED;
        answeredBy = accountId;
        answeredAt = now;
        declineReason = reason;
        updatedAt = now;
    }

    void withdraw(String by, String reason, Instant now) {
        if (!status.canWithdraw()) {
            throw new IllegalStateException("A " + status + " grant cannot be withdrawn");
        }
        status = GrantStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawnBy = by;
        withdrawReason = reason;
        updatedAt = now;
    }

    /** Records the instalment (from 1) as paid; the first payment makes the grant active. */
    void paid(int number, LocalDate on, Money amount, String financeReference, String by, Instant now) {
        if (!status.isLive()) {
            throw new IllegalStateException("A " + status + " grant is not paid");
        }
        instalments.get(number - 1).paid(on, amount, financeReference, by, now);
        status = GrantStatus.ACTIVE;
        updatedAt = now;
    }

    void complete(Instant now) {
        requireStatus(GrantStatus.ACTIVE);
        status = GrantStatus.COMPLETED;
        completedAt = now;
        updatedAt = now;
    }

    /** An approved variation's terms: the unpaid instalments take up any change in the amount. */
    void vary(Money amount, LocalDate startDate, LocalDate endDate, List<BudgetItem> budget,
            List<PlannedPayment> unpaid, Instant now) {
        if (!status.isLive()) {
            throw new IllegalStateException("A " + status + " grant is not varied");
        }
        this.amountPence = amount.pence();
        this.startDate = startDate;
        this.endDate = endDate;
        this.budget.clear();
        budget.forEach(line -> this.budget.add(new GrantBudgetItem(line)));
        var paid = instalments.stream().filter(Instalment::isPaid).toList();
        instalments.retainAll(paid);
        unpaid.forEach(p -> instalments.add(new Instalment(p.amount(), p.dueDate(), p.onFinalReport())));
        this.updatedAt = now;
    }

    private void requireStatus(GrantStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Grant " + id + " is " + status + ", not " + expected);
        }
    }

    AuditSubject auditSubject() {
        return new AuditSubject("Grant", id, "Grant " + reference); // not user text: audit trail
    }

    Money paidSoFar() {
        return instalments.stream().map(Instalment::paidAmount).reduce(Money.ZERO, Money::plus);
    }

    boolean allPaid() {
        return instalments.stream().allMatch(Instalment::isPaid);
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

    long getApplicationId() {
        return applicationId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getReference() {
        return reference;
    }

    String getOrganisationName() {
        return organisationName;
    }

    String getProjectTitle() {
        return projectTitle;
    }

    String getSummary() {
        return summary;
    }

    Money requested() {
        return Money.ofPence(requestedPence);
    }

    Set<Long> getNeedIds() {
        return needIds;
    }

    Set<Long> getAreaIds() {
        return areaIds;
    }

    Terms terms() {
        return new Terms(amount(), startDate, endDate, budget());
    }

    GrantStatus getStatus() {
        return status;
    }

    Money amount() {
        return Money.ofPence(amountPence);
    }

    String getConditions() {
        return conditions;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    /** The group's language, in which its letters are written (with the English version beside them). */
    Language letterLanguage() {
        return Language.ofCode(letterLanguage).orElse(Language.ENGLISH);
    }

    boolean isSafeguardingNeeded() {
        return safeguardingNeeded;
    }

    Instant getOfferedAt() {
        return offeredAt;
    }

    String getOfferedBy() {
        return offeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    String getSignerName() {
        return signerName;
    }

    String getSignerRole() {
        return signerRole;
    }

    String getSignerAddress() {
        return signerAddress;
    }

    String getDeclineReason() {
        return declineReason;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawReason() {
        return withdrawReason;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    List<Instalment> getInstalments() {
        return instalments;
    }

    List<BudgetItem> budget() {
        return budget.stream().map(GrantBudgetItem::toItem).toList();
    }
}

package org.communitychest.monitoring;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.Money;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One report a grant owes: what the group did, who came, how many people social prescribers referred to it for
 * each need, what it spent, and the officer's review. Its status moves only through the methods here.
 */
@Entity
@Table(name = "grant_report")
class GrantReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "form_type", nullable = false, length = 10)
    private ReportForm form;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ReportStatus status = ReportStatus.DUE;

    private Integer sessions;

    private Integer participants;

    private Integer attendances;

    @Column(columnDefinition = "TEXT")
    private String story;

    @Column(columnDefinition = "TEXT")
    private String challenges;

    @Column(name = "plan_changes", columnDefinition = "TEXT")
    private String planChanges;

    @Column(name = "spend_confirmed", nullable = false)
    private boolean spendConfirmed;

    @Column(name = "photo_consent", nullable = false)
    private boolean photoConsent;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 200)
    private String reviewedBy;

    @Column(name = "review_comments", columnDefinition = "TEXT")
    private String reviewComments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "grant_report_referral", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "need_category_id")
    @Column(name = "referrals", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private Map<Long, Integer> referrals = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "grant_report_spend", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<ReportSpendLine> spend = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "grant_report_demographic", joinColumns = @JoinColumn(name = "report_id"))
    @Fetch(FetchMode.SUBSELECT)
    private List<ReportDemographic> demographics = new ArrayList<>();

    protected GrantReport() {
    }

    GrantReport(long partnershipId, long grantId, long roundId, long organisationId, ReportKind kind,
            ReportForm form, LocalDate dueOn, List<SpendLine> budget, Instant now) {
        this.partnershipId = partnershipId;
        this.grantId = grantId;
        this.roundId = roundId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.form = form;
        this.dueOn = dueOn;
        budget.forEach(line -> spend.add(new ReportSpendLine(line.item(), line.budget())));
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A variation moved the grant's dates: a report not yet approved is due on the new date. */
    boolean moveDue(LocalDate newDue, Instant now) {
        if (status == ReportStatus.APPROVED || newDue.equals(dueOn)) {
            return false;
        }
        this.dueOn = newDue;
        this.updatedAt = now;
        return true;
    }

    void activity(Integer sessions, Integer participants, Integer attendances, Instant now) {
        this.sessions = sessions;
        this.participants = participants;
        this.attendances = attendances;
        this.updatedAt = now;
    }

    void referrals(Map<Long, Integer> byNeed, Instant now) {
        referrals.clear();
        byNeed.forEach((need, count) -> {
            if (count != null) {
                referrals.put(need, count);
            }
        });
        this.updatedAt = now;
    }

    void demographics(Map<AgeBand, Integer> byAge, Instant now) {
        demographics.clear();
        byAge.forEach((band, people) -> {
            if (people != null) {
                demographics.add(new ReportDemographic(band, people));
            }
        });
        this.updatedAt = now;
    }

    void spend(List<Money> spent, boolean confirmed, Instant now) {
        for (int i = 0; i < spend.size() && i < spent.size(); i++) {
            spend.get(i).spent(spent.get(i));
        }
        this.spendConfirmed = confirmed;
        this.updatedAt = now;
    }

    void story(String story, boolean photoConsent, Instant now) {
        this.story = story;
        this.photoConsent = photoConsent;
        this.updatedAt = now;
    }

    void changes(String challenges, String planChanges, Instant now) {
        this.challenges = challenges;
        this.planChanges = planChanges;
        this.updatedAt = now;
    }

    void submit(long userId, Instant now) {
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = userId;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void approve(String officer, String comments, Instant now) {
        review(ReportStatus.APPROVED, officer, comments, now);
    }

    void returnToGroup(String officer, String comments, Instant now) {
        review(ReportStatus.RETURNED, officer, comments, now);
    }

    private void review(ReportStatus outcome, String officer, String comments, Instant now) {
        this.status = outcome;
        this.reviewedBy = officer;
        this.reviewedAt = now;
        this.reviewComments = comments;
        this.updatedAt = now;
    }

    Map<AgeBand, Integer> ages() {
        var byAge = new EnumMap<AgeBand, Integer>(AgeBand.class);
        demographics.forEach(d -> byAge.put(d.band(), d.people()));
        return byAge;
    }

    ReportSummary summary(String grantReference, String projectTitle, String organisationName, LocalDate today) {
        return new ReportSummary(id, grantId, grantReference, projectTitle, organisationName, kind, form, dueOn,
                status, status.isOpen() && today.isAfter(dueOn), submittedAt);
    }

    ReportContent content() {
        return new ReportContent(sessions, participants, attendances, Map.copyOf(referrals), ages(),
                spend.stream().map(ReportSpendLine::toLine).toList(), spendConfirmed, story, photoConsent,
                challenges, planChanges);
    }

    Long getId() {
        return id;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    long getGrantId() {
        return grantId;
    }

    long getRoundId() {
        return roundId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    ReportKind getKind() {
        return kind;
    }

    ReportForm getForm() {
        return form;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ReportStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    String getReviewComments() {
        return reviewComments;
    }

    long getVersion() {
        return version;
    }
}

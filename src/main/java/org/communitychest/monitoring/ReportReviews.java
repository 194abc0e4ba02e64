package org.communitychest.monitoring;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditSubject;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.GrantOffers;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of reports: the round's reports and the overdue ones, reading one, approving it or returning
 * it to the group with comments (the group is emailed and sends it again). Which grants the officer may see is
 * the awards module's check, {@link GrantOffers#get}.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class ReportReviews {

    private final GrantReportRepository reports;
    private final ReportAssembler assembler;
    private final GrantOffers offers;
    private final ReportMails mails;
    private final ReportPhotoRepository photos;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportReviews(GrantReportRepository reports, ReportAssembler assembler, GrantOffers offers, ReportMails mails,
            ReportPhotoRepository photos, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.photos = photos;
        this.reports = reports;
        this.assembler = assembler;
        this.offers = offers;
        this.mails = mails;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The round's reports, in the order they fall due. */
    @Transactional(readOnly = true)
    public List<ReportSummary> ofRound(long roundId) {
        var grants = offers.rows(offers.ofRound(roundId).stream().map(g -> g.id()).toList());
        return reports.findByRoundIdOrderByDueOnAsc(roundId).stream().filter(r -> grants.containsKey(r.getGrantId()))
                .map(r -> assembler.summary(r, grants.get(r.getGrantId()))).toList();
    }

    /** A grant's reports, in the order they fall due. */
    @Transactional(readOnly = true)
    public List<ReportSummary> ofGrant(long grantId) {
        var grant = offers.get(grantId);
        return reports.findByGrantIdOrderByDueOnAsc(grantId).stream().map(r -> assembler.summary(r, grant)).toList();
    }

    /** The partnership's reports still to come in whose due date has passed, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> overdue() {
        return open(Set.of(ReportStatus.DUE, ReportStatus.RETURNED)).stream().filter(ReportSummary::overdue).toList();
    }

    /** Reports the groups have sent, waiting for the officer, the oldest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> waiting() {
        return open(Set.of(ReportStatus.SUBMITTED)).stream()
                .sorted(Comparator.comparing(ReportSummary::submittedAt)).toList();
    }

    @Transactional(readOnly = true)
    public ReportDetails get(long reportId) {
        var report = find(reportId);
        return assembler.details(report, offers.get(report.getGrantId()));
    }

    @Transactional(readOnly = true)
    public org.communitychest.awards.GrantFile photo(long reportId, long photoId) {
        find(reportId);
        return photos.file(reportId, photoId);
    }

    @Transactional
    public ReportDetails approve(long reportId, String comments) {
        var report = submitted(reportId);
        String note = ReportRules.clean(comments);
        requireLength(note);
        report.approve(currentUser.actorName(), note, clock.instant());
        var grant = offers.get(report.getGrantId());
        auditLog.record(report.getPartnershipId(), "REPORT_APPROVED", auditSubject(report, grant), "SUBMITTED",
                "APPROVED");
        reports.flush();
        return assembler.details(report, grant);
    }

    /** Sends the report back to the group with what to change; they are emailed and can send it again. */
    @Transactional
    public ReportDetails returnToGroup(long reportId, String comments) {
        var report = submitted(reportId);
        String note = ReportRules.clean(comments);
        if (note == null) {
            throw new InvalidInputException("comments", Message.of("staff.monitoring.review.comments-needed"));
        }
        requireLength(note);
        report.returnToGroup(currentUser.actorName(), note, clock.instant());
        var grant = offers.get(report.getGrantId());
        auditLog.record(report.getPartnershipId(), "REPORT_RETURNED", auditSubject(report, grant), "SUBMITTED", note);
        mails.returned(report, grant, note);
        reports.flush();
        return assembler.details(report, grant);
    }

    static AuditSubject auditSubject(GrantReport report, GrantDetails grant) {
        String label = "Report " + report.getKind().name().toLowerCase(java.util.Locale.ROOT) // not user text
                + " of grant " + grant.reference(); // not user text: audit trail
        return new AuditSubject("Report", report.getId(), label); // not user text: audit trail
    }

    private List<ReportSummary> open(Set<ReportStatus> statuses) {
        var found = reports.findByPartnershipIdAndStatusInOrderByDueOnAsc(currentUser.partnershipId(), statuses);
        var grants = offers.rows(found.stream().map(GrantReport::getGrantId).distinct().toList());
        return found.stream().filter(r -> grants.containsKey(r.getGrantId()))
                .map(r -> assembler.summary(r, grants.get(r.getGrantId()))).toList();
    }

    private GrantReport find(long reportId) {
        var report = reports.findById(reportId).orElseThrow(() -> new RecordNotFoundException(MyReports.REPORT));
        if (report.getPartnershipId() != currentUser.partnershipId()) {
            throw new RecordNotFoundException(MyReports.REPORT);
        }
        return report;
    }

    private GrantReport submitted(long reportId) {
        var report = find(reportId);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new InvalidInputException("comments", Message.of("staff.monitoring.review.not-submitted",
                    report.getStatus().label()));
        }
        return report;
    }

    private static void requireLength(String note) {
        if (note != null && note.length() > ReportRules.LONGEST_TEXT) {
            throw new InvalidInputException("comments", Message.of("monitoring.rules.too-long",
                    ReportRules.LONGEST_TEXT, note.length()));
        }
    }
}

package org.communitychest.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referrals received that the officer's partnership has approved reports for: what grants delivered. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class ApprovedReferrals {

    private final GrantReportRepository reports;
    private final CurrentUser currentUser;

    ApprovedReferrals(GrantReportRepository reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Every need of every approved report of the partnership: one query however many there are. */
    @Transactional(readOnly = true)
    public List<ReceivedReferrals> ofMyPartnership() {
        return reports.referralsOf(currentUser.partnershipId(), ReportStatus.APPROVED).stream()
                .map(row -> new ReceivedReferrals((Long) row[0], (ReportKind) row[1], (LocalDate) row[2],
                        (Long) row[3], (Integer) row[4]))
                .toList();
    }
}

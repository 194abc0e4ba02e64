package org.communitychest.monitoring;

import org.communitychest.awards.FinalReports;
import org.springframework.stereotype.Component;

/** Tells the awards module whether a grant's final report is approved, so its last payment and completion may follow. */
@Component
class ApprovedFinalReports implements FinalReports {

    private final GrantReportRepository reports;

    ApprovedFinalReports(GrantReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public boolean approved(long grantId) {
        return reports.existsByGrantIdAndKindAndStatus(grantId, ReportKind.FINAL, ReportStatus.APPROVED);
    }
}

package org.communitychest.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** A report in a list: which grant, which report, when due, where it is, and whether it is overdue. */
public record ReportSummary(long id, long grantId, String grantReference, String projectTitle,
        String organisationName, ReportKind kind, ReportForm form, LocalDate dueOn, ReportStatus status,
        boolean overdue, Instant submittedAt) {
}

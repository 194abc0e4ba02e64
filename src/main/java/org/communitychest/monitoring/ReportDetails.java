package org.communitychest.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communitychest.awards.GrantDetails;

/**
 * A report whole, as the group and the officer see it: the grant it is for, what it says so far, which parts are
 * done, the photos, and the officer's review.
 */
public record ReportDetails(ReportSummary summary, GrantDetails grant, ReportContent content,
        Map<ReportSection, Boolean> sectionsDone, List<PhotoInfo> photos, long outcomeAnswers, Instant reviewedAt, String reviewedBy,
        String reviewComments, long version) {

    public long id() {
        return summary.id();
    }

    public ReportStatus status() {
        return summary.status();
    }

    public ReportForm form() {
        return summary.form();
    }

    public List<ReportSection> sections() {
        return ReportSection.of(form());
    }

    public boolean readyToSubmit() {
        return sections().stream().allMatch(s -> s.optional() || sectionsDone.getOrDefault(s, false));
    }
}

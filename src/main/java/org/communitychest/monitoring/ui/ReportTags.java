package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.ReportStatus;
import org.communitychest.monitoring.ReportSummary;

/** A report's status as a tag, with a second tag beside it when its due date has passed. */
final class ReportTags {

    private ReportTags() {
    }

    static Span of(ReportSummary report) {
        var tag = new Span(Texts.of(report.status().label()));
        tag.addClassNames("cc-tag", report.status() == ReportStatus.APPROVED ? "cc-tag-completed"
                : report.status() == ReportStatus.DUE ? "cc-tag-not-started" : "cc-tag-in-progress");
        if (!report.overdue()) {
            return tag;
        }
        var late = new Span(tag.getTranslation("monitoring.overdue"));
        late.addClassNames("cc-tag", "cc-tag-overdue");
        return new Span(tag, late);
    }
}

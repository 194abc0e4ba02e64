package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.awards.ui.GrantPages;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.ReportStatus;

/** A report's task list, laid out like the application's: its parts, which are done, and the way to send it. */
@Route("reports/:reportId" + RouteId.PATTERN)
@RolesAllowed("APPLICANT")
class ReportTaskListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyReports reports;
    final Anchor back = new Anchor();
    final Span context = new Span();
    final H1 title = new H1();
    final Div status = new Div();
    final Paragraph due = new Paragraph();
    final Div returned = new Div();
    final Paragraph progress = new Paragraph();
    final UnorderedList tasks = new UnorderedList();
    final Anchor check = new Anchor();
    final Div sent = new Div();

    ReportTaskListView(MyReports reports) {
        this.reports = reports;
        addClassNames("cc-page", "cc-form-page");
        back.setText(getTranslation("monitoring.back-to-grant"));
        returned.addClassName("cc-alert");
        returned.getElement().setAttribute("role", "status"); // not user text: ARIA role
        tasks.addClassName("cc-tasks");
        check.setText(getTranslation("monitoring.task-list.check"));
        check.addClassName("cc-button-link");
        sent.addClassName("cc-panel");
        add(back, context, title, status, due, returned, progress, tasks, check, sent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(reports.get(event.getRouteParameters().getLong("reportId")
                .orElseThrow(() -> new RecordNotFoundException("Report")))); // not user text: for the log
    }

    private void show(ReportDetails report) {
        var summary = report.summary();
        back.setHref(GrantPages.forGroup(summary.grantId()));
        context.setText(getTranslation("monitoring.report.context", summary.organisationName(),
                summary.grantReference()));
        title.setText(getTranslation("monitoring.report.title", Texts.of(summary.kind().label()),
                summary.projectTitle()));
        status.removeAll();
        status.add(ReportTags.of(summary));
        due.setText(getTranslation(report.form() == org.communitychest.monitoring.ReportForm.SHORT
                ? "monitoring.report.due-short" : "monitoring.report.due-full", London.format(summary.dueOn())));
        returned.setVisible(summary.status() == ReportStatus.RETURNED);
        returned.removeAll();
        if (summary.status() == ReportStatus.RETURNED) {
            returned.add(new H2(getTranslation("monitoring.report.returned")), new Paragraph(report.reviewComments()));
        }
        boolean open = summary.status().isOpen();
        progress.setVisible(open);
        tasks.setVisible(open);
        check.setVisible(open);
        sent.setVisible(!open);
        tasks.removeAll();
        if (open) {
            long needed = report.sections().stream().filter(s -> !s.optional()).count();
            long done = report.sections().stream().filter(s -> !s.optional())
                    .filter(s -> report.sectionsDone().getOrDefault(s, false)).count();
            progress.setText(getTranslation("monitoring.task-list.progress", done, needed));
            for (var section : report.sections()) {
                boolean finished = report.sectionsDone().getOrDefault(section, false);
                var tag = new Span(getTranslation(finished ? "monitoring.task-list.done"
                        : section.optional() ? "monitoring.task-list.optional" : "monitoring.task-list.to-do"));
                tag.addClassNames("cc-tag", finished ? "cc-tag-completed" : "cc-tag-not-started");
                tasks.add(new ListItem(new Anchor(MonitoringNavigation.part(report.id(), section),
                        Texts.of(section.label())), tag));
            }
            check.setHref(MonitoringNavigation.check(report.id()));
        } else {
            sent.removeAll();
            sent.add(new H2(Texts.of(summary.status().label())), new Paragraph(summary.status() == ReportStatus.APPROVED
                    ? getTranslation("monitoring.report.approved", London.format(report.reviewedAt()))
                    : getTranslation("monitoring.report.sent", London.format(summary.submittedAt()))));
            sent.add(new ReportAnswers(report, false));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.report.page-title");
    }
}

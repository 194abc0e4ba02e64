package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.ReportSection;

/** One part of a report, saved as the group types, with the way on to the next part. */
@Route("reports/:reportId" + RouteId.PATTERN + "/part/:section")
@RolesAllowed("APPLICANT")
class ReportSectionView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MyReports reports;
    private final OutcomeEntry outcomes;
    Component editor;
    DraftSaver saver;
    ConfirmDialog leaveDialog;

    ReportSectionView(MyReports reports, OutcomeEntry outcomes) {
        this.reports = reports;
        this.outcomes = outcomes;
        addClassNames("cc-page", "cc-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("reportId")
                .orElseThrow(() -> new RecordNotFoundException("Report")); // not user text: for the log
        var report = reports.get(id);
        var section = ReportSection.fromSlug(event.getRouteParameters().get("section").orElse(""))
                .filter(s -> report.sections().contains(s))
                .orElseThrow(() -> new RecordNotFoundException("Report part")); // not user text: for the log
        if (!report.status().isOpen()) {
            event.forwardTo(MonitoringNavigation.report(id));
            return;
        }
        show(report, section);
    }

    /** Changes that could not be saved yet are tried once more; if they still fail, the person decides. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saver != null) {
            leaveDialog = saver.confirmLeaving(event);
        }
    }

    private void show(ReportDetails report, ReportSection section) {
        removeAll();
        saver = new DraftSaver(report.version(), () -> getUI().ifPresent(ui -> ui.getPage().reload()));
        Runnable refresh = () -> show(reports.get(report.id()), section);
        editor = switch (section) {
            case ACTIVITY -> new ActivityPart(report, reports, saver);
            case REFERRALS -> new ReferralsPart(report, reports, saver);
            case PEOPLE -> new PeoplePart(report, reports, saver);
            case SPEND -> new SpendPart(report, reports, saver);
            case OUTCOMES -> outcomes.create(report);
            case STORY -> new StoryPart(report, reports, saver, refresh);
            case CHANGES -> new ChangesPart(report, reports, saver);
        };
        var back = new Anchor(MonitoringNavigation.report(report.id()), getTranslation("monitoring.back-to-report"));
        var sections = report.sections();
        int index = sections.indexOf(section);
        var footer = new Div();
        footer.addClassName("cc-section-footer");
        Anchor next;
        if (index + 1 < sections.size()) {
            var following = sections.get(index + 1);
            next = new Anchor(MonitoringNavigation.part(report.id(), following),
                    getTranslation("apply.section-page.next", Texts.of(following.label())));
        } else {
            next = new Anchor(MonitoringNavigation.check(report.id()), getTranslation("monitoring.task-list.check"));
        }
        next.addClassName("cc-button-link");
        footer.add(next, new Anchor(MonitoringNavigation.report(report.id()),
                getTranslation("apply.section-page.task-list")));
        var context = new Span(getTranslation("monitoring.report.title", Texts.of(report.summary().kind().label()),
                report.summary().projectTitle()));
        add(back, context, new H1(Texts.of(section.label())), saver.conflict, editor, saver.status, footer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.report.page-title");
    }
}

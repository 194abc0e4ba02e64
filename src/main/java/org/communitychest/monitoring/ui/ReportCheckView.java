package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;

/** Every answer of the report with a change link for each part, then the button that sends it. */
@Route("reports/:reportId" + RouteId.PATTERN + "/check")
@RolesAllowed("APPLICANT")
class ReportCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyReports reports;
    final Anchor back = new Anchor();
    final H1 title = new H1();
    final Div answers = new Div();
    final Div problem = new Div();
    final Button send = new Button();
    private ReportDetails report;

    ReportCheckView(MyReports reports) {
        this.reports = reports;
        addClassNames("cc-page", "cc-form-page");
        back.setText(getTranslation("monitoring.back-to-report"));
        title.setText(getTranslation("monitoring.check.title"));
        answers.setWidthFull();
        problem.addClassName("cc-alert");
        problem.getElement().setAttribute("role", "alert"); // not user text: ARIA role
        send.setText(getTranslation("monitoring.check.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
        add(back, title, answers, new Paragraph(getTranslation("monitoring.check.declaration")), problem, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("reportId")
                .orElseThrow(() -> new RecordNotFoundException("Report")); // not user text: for the log
        var found = reports.get(id);
        if (!found.status().isOpen()) {
            event.forwardTo(MonitoringNavigation.report(id));
            return;
        }
        show(found);
    }

    private void show(ReportDetails details) {
        report = details;
        back.setHref(MonitoringNavigation.report(report.id()));
        answers.removeAll();
        answers.add(new ReportAnswers(report, true));
        problem.setVisible(false);
    }

    private void send() {
        try {
            reports.submit(report.id(), report.version());
            Notifications.success(getTranslation("monitoring.check.sent"));
            getUI().ifPresent(ui -> ui.navigate(MonitoringNavigation.report(report.id())));
        } catch (InvalidInputException e) {
            show(reports.get(report.id()));
            problem.removeAll();
            problem.add(new Paragraph(e.messageFor("version") != null ? Texts.of(e.messageFor("version"))
                    : Texts.joined(e.fieldErrors().values())));
            problem.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.check.title");
    }
}

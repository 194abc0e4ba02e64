package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.communitychest.awards.ui.GrantPages;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.ReportKind;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.ReportStatus;
import org.communitychest.monitoring.RoundOutcomes;
import org.communitychest.notifications.MailDelivery;

/** A report as the officer reads it, with approval or a return to the group with comments. */
@Route("reports/:reportId" + RouteId.PATTERN + "/review")
@RolesAllowed("OFFICER")
class ReportReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportReviews reviews;
    private final RoundOutcomes outcomes;
    final Div wellbeing = new Div();
    final Anchor roundResults = new Anchor();
    final Anchor back = new Anchor();
    final H1 title = new H1();
    final Div status = new Div();
    final Paragraph facts = new Paragraph();
    final Div outcome = new Div();
    final Div answers = new Div();
    final Div photos = new Div();
    final Div reviewCard = new Div();
    final TextArea comments = new TextArea();
    final Button approve = new Button();
    final Button sendBack = new Button();
    private ReportDetails report;

    ReportReviewView(ReportReviews reviews, RoundOutcomes outcomes, MailDelivery mail) {
        this.reviews = reviews;
        this.outcomes = outcomes;
        addClassName("cc-page");
        back.setText(getTranslation("staff.monitoring.review.back"));
        outcome.addClassName("cc-alert-info");
        answers.setWidthFull();
        comments.setLabel(getTranslation("staff.monitoring.review.comments"));
        comments.setHelperText(getTranslation("staff.monitoring.review.comments-help"));
        comments.setWidthFull();
        approve.setText(getTranslation("staff.monitoring.review.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(e -> act(() -> reviews.approve(report.id(), comments.getValue()),
                "staff.monitoring.review.approved"));
        sendBack.setText(getTranslation("staff.monitoring.review.return"));
        sendBack.addClickListener(e -> act(() -> reviews.returnToGroup(report.id(), comments.getValue()),
                mail.canSend() ? "staff.monitoring.review.returned" : "staff.monitoring.review.returned-queued"));
        reviewCard.add(new H2(getTranslation("staff.monitoring.review.title")), comments, new Div(approve, new Span(" "),
                sendBack));
        reviewCard.addClassName("cc-card");
        wellbeing.setWidthFull();
        roundResults.setText(getTranslation("staff.monitoring.outcomes.link"));
        add(back, title, status, facts, outcome, reviewCard, answers, photos, wellbeing, roundResults);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(reviews.get(event.getRouteParameters().getLong("reportId")
                .orElseThrow(() -> new RecordNotFoundException("Report")))); // not user text: for the log
    }

    private void show(ReportDetails details) {
        report = details;
        var s = report.summary();
        back.setHref(GrantPages.forOfficer(s.grantId()));
        title.setText(getTranslation("monitoring.report.title", Texts.of(s.kind().label()), s.projectTitle()));
        status.removeAll();
        status.add(ReportTags.of(s));
        facts.setText(getTranslation("staff.monitoring.review.facts", s.grantReference(), s.organisationName(),
                London.format(s.dueOn()), s.submittedAt() == null ? getTranslation("staff.monitoring.review.not-sent")
                        : London.format(s.submittedAt())));
        outcome.removeAll();
        outcome.setVisible(report.reviewedAt() != null);
        if (report.reviewedAt() != null) {
            outcome.add(new Paragraph(getTranslation(s.status() == ReportStatus.RETURNED
                    ? "staff.monitoring.review.was-returned" : "staff.monitoring.review.was-approved",
                    report.reviewedBy(), London.format(report.reviewedAt()),
                    report.reviewComments() == null ? "" : report.reviewComments())));
            if (s.status() == ReportStatus.APPROVED && s.kind() == ReportKind.FINAL) {
                outcome.add(new Anchor(GrantPages.forOfficer(s.grantId()),
                        getTranslation("staff.monitoring.review.final-next")));
            }
        }
        reviewCard.setVisible(s.status() == ReportStatus.SUBMITTED);
        comments.setInvalid(false);
        answers.removeAll();
        answers.add(new ReportAnswers(report, false));
        wellbeing.removeAll();
        boolean full = report.form() == org.communitychest.monitoring.ReportForm.FULL;
        if (full) {
            wellbeing.add(new OutcomeResultsCard(getTranslation("monitoring.outcomes.results-title"),
                    outcomes.ofGrant(s.grantId()).results()));
        }
        roundResults.setHref(MonitoringNavigation.roundOutcomes(report.grant().roundId()));
        photos.removeAll();
        report.photos().forEach(p -> photos.add(new Div(Downloads.link(p.fileName(), () -> {
            var file = reviews.photo(report.id(), p.id());
            return new Downloads.File(file.fileName(), file.contentType(), file.content());
        }))));
    }

    private void act(Supplier<ReportDetails> action, String doneKey) {
        try {
            show(action.get());
            comments.clear();
            Notifications.success(getTranslation(doneKey));
        } catch (InvalidInputException e) {
            comments.setErrorMessage(Texts.joined(e.fieldErrors().values()));
            comments.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.monitoring.review.page-title");
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.ApplicationSubmission;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.notifications.MailDelivery;

/** Check your answers, then submit. */
@Route("applications/:applicationId" + RouteId.PATTERN + "/check")
@RolesAllowed("APPLICANT")
class CheckAnswersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final MailDelivery mail;
    final Button submit = new Button(getTranslation("apply.check.submit"));
    final Div alert = new Div();
    String reference;
    Paragraph nextSteps;
    private ApplicationDetails shown;

    CheckAnswersView(ApplicationDrafts drafts, ApplicationSubmission submission, MailDelivery mail) {
        this.mail = mail;
        this.drafts = drafts;
        this.submission = submission;
        addClassName("cc-page");
        addClassName("cc-form-page");
        alert.addClassName("cc-alert");
        submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(shown));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        var application = drafts.get(id);
        if (!application.isDraft()) {
            event.forwardTo(ApplicationsNavigation.taskList(id));
            return;
        }
        show(application);
    }

    private void show(ApplicationDetails a) {
        shown = a;
        removeAll();
        add(new Anchor(ApplicationsNavigation.taskList(a.id()), getTranslation("apply.back-to-application")),
                new Span(a.organisationName() + " · " + a.round().title()), new H1(getTranslation("apply.check.title")),
                new AnswerSummary(a, true,
                        (doc, text) -> DocumentLinks.link(text, () -> drafts.download(a.id(), doc.id()))));
        alert.setVisible(false);
        submit.setEnabled(true);
        add(new H2(getTranslation("apply.check.send")));
        if (!a.readyToSubmit()) {
            add(new Paragraph(getTranslation("apply.check.not-finished")));
            return;
        }
        add(new Paragraph(getTranslation("apply.check.confirm", London.format(a.round().closesAt()))));
        add(alert, submit);
    }

    private void submit(ApplicationDetails a) {
        try {
            reference = submission.submit(a.id(), a.version());
            removeAll();
            var referenceNumber = new Span(reference);
            referenceNumber.addClassName("cc-reference"); // not user text
            var panel = new Div(new H1(getTranslation("apply.receipt.title")),
                    new Paragraph(getTranslation("apply.receipt.reference")), referenceNumber);
            panel.addClassName("cc-panel");
            nextSteps = Texts.withLink(mail.canSend() ? "apply.receipt.next-text-mail" : "apply.receipt.next-text",
                    ApplicationsNavigation.mine(), getTranslation("common.menu.applications"));
            add(panel, new Paragraph(Texts.sentence(mail.queued(Message.of("apply.receipt.mail", a.organisationName())))),
                    new H2(getTranslation("apply.receipt.next")), nextSteps);
        } catch (InvalidInputException ex) {
            alert.setText(Texts.joined(ex.fieldErrors().values()));
            alert.setVisible(true);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.check.page-title");
    }
}

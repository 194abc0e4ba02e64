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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.ApplicationSubmission;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.notifications.MailDelivery;

/** Check your answers, then submit. */
@Route("applications/:applicationId" + RouteId.PATTERN + "/check")
@PageTitle("Check your answers · Community Chest")
@RolesAllowed("APPLICANT")
class CheckAnswersView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final MailDelivery mail;
    final Button submit = new Button("Accept and submit");
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
        add(new Anchor(ApplicationsNavigation.taskList(a.id()), "Back to your application"),
                new Span(a.organisationName() + " · " + a.round().title()), new H1("Check your answers"),
                new AnswerSummary(a, true,
                        (doc, text) -> DocumentLinks.link(text, () -> drafts.download(a.id(), doc.id()))));
        alert.setVisible(false);
        submit.setEnabled(true);
        add(new H2("Now send your application"));
        if (!a.readyToSubmit()) {
            add(new Paragraph("Some sections are not finished yet (see above). Everything you have written is saved:"
                    + " finish them, then come back here to submit."));
            return;
        }
        add(new Paragraph("By submitting you confirm the declarations above. You will not be able to change the"
                + " application afterwards. The round closes " + London.format(a.round().closesAt()) + "."));
        add(alert, submit);
    }

    private void submit(ApplicationDetails a) {
        try {
            reference = submission.submit(a.id(), a.version());
            removeAll();
            var referenceNumber = new Span(reference);
            referenceNumber.addClassName("cc-reference");
            var panel = new Div(new H1("Application submitted"), new Paragraph("Your reference"), referenceNumber);
            panel.addClassName("cc-panel");
            nextSteps = new Paragraph("Partnership staff check each application against the eligibility rules."
                    + " Eligible applications go to a panel that includes local residents."
                    + (mail.canSend() ? " We will email you at each step, and you can follow it on "
                    : " You can follow each step on "));
            nextSteps.add(new Anchor(ApplicationsNavigation.mine(), "Your applications"),
                    new Text(", in the menu."));
            add(panel, new Paragraph(mail.queued("a receipt, with a PDF of the whole application, to the"
                    + " members of " + a.organisationName())), new H2("What happens next"), nextSteps);
        } catch (InvalidInputException ex) {
            alert.setText(String.join(" ", ex.fieldErrors().values()));
            alert.setVisible(true);
            submit.setEnabled(true);
        }
    }
}

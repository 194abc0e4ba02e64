package org.communitychest.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.GateDecision;
import org.communitychest.applications.Screening;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.notifications.MailDelivery;

/** An officer reads a submitted application, screens each eligibility gate, and asks the group questions. */
@Route("review/:applicationId" + RouteId.PATTERN)
@PageTitle("Review application · Community Chest")
@RolesAllowed("OFFICER")
class ReviewApplicationView extends VerticalLayout implements BeforeEnterObserver {

    final Map<Long, RadioButtonGroup<String>> gates = new LinkedHashMap<>();
    final Map<Long, TextArea> reasons = new LinkedHashMap<>();
    final Button saveScreening = new Button("Save screening");
    final TextArea question = new TextArea("Ask the group a question");
    final Button ask = new Button("Send question");
    private final Screening screening;
    private final MailDelivery mail;
    private ApplicationDetails shown;

    ReviewApplicationView(Screening screening, MailDelivery mail) {
        this.screening = screening;
        this.mail = mail;
        addClassName("cc-page");
        saveScreening.addThemeVariants(ButtonVariant.PRIMARY);
        saveScreening.addClickListener(e -> save(shown));
        question.setWidthFull();
        question.setMaxLength(2000);
        ask.addClickListener(e -> ask(shown));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        show(screening.get(id));
    }

    private void show(ApplicationDetails a) {
        shown = a;
        removeAll();
        gates.clear();
        reasons.clear();
        var status = new Span(a.status().label());
        status.addClassName("cc-tag");
        add(new Anchor(ApplicationsNavigation.roundApplications(a.round().id()), "All applications to this round"),
                new Span(a.reference() + " · " + a.organisationName() + " · submitted " + London.format(
                        a.submittedAt())), new H1(a.displayTitle()), status,
                Downloads.link("Download as PDF", () -> new Downloads.File(a.reference() + ".pdf", "application/pdf",
                        screening.pdf(a.id()))));
        add(screeningPanel(a), questionsPanel(a));
        add(new H2("The application"), new AnswerSummary(a, false,
                (doc, text) -> DocumentLinks.link(text, () -> screening.download(a.id(), doc.id()))));
    }

    private Div screeningPanel(ApplicationDetails a) {
        var panel = new Div(new H2("Eligibility screening"));
        panel.addClassName("cc-card");
        boolean open = a.status() != ApplicationStatus.WITHDRAWN;
        for (var q : a.round().eligibility()) {
            var answer = a.eligibility().stream().filter(e -> e.questionId() == q.id()).findFirst();
            var gate = new RadioButtonGroup<String>("The group answered: "
                    + answer.map(e -> e.answer() ? "Yes" : "No").orElse("no answer"));
            gate.setItems("Pass", "Fail");
            answer.filter(e -> e.screeningPass() != null).ifPresent(e -> gate.setValue(e.screeningPass()
                    ? "Pass" : "Fail"));
            var reason = new TextArea("Reason (the group reads this if it fails)");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            answer.map(e -> e.screeningReason()).ifPresent(r -> reason.setValue(r == null ? "" : r));
            if (reason.isEmpty()) {
                reason.setValue(q.failReason());
            }
            gate.setReadOnly(!open);
            reason.setReadOnly(!open);
            gates.put(q.id(), gate);
            reasons.put(q.id(), reason);
            panel.add(new H3(q.question()), gate, reason);
        }
        if (a.round().eligibility().isEmpty()) {
            panel.add(new Paragraph("This round has no eligibility questions; save to mark the application"
                    + " eligible."));
        }
        saveScreening.setVisible(open);
        panel.add(saveScreening);
        return panel;
    }

    private void save(ApplicationDetails a) {
        Map<Long, GateDecision> decisions = new HashMap<>();
        gates.forEach((id, gate) -> {
            gate.setInvalid(false);
            reasons.get(id).setInvalid(false);
            if (gate.getValue() != null) {
                decisions.put(id, new GateDecision("Pass".equals(gate.getValue()), reasons.get(id).getValue()));
            }
        });
        try {
            var result = screening.screen(a.id(), a.version(), decisions);
            Notifications.success(result == ApplicationStatus.ELIGIBLE ? "Marked eligible"
                    : "Marked not eligible. " + mail.queued("an email with the reasons to the group"));
            show(screening.get(a.id()));
        } catch (InvalidInputException ex) {
            ex.fieldErrors().forEach((key, error) -> {
                String message = Texts.of(error);
                if (key.startsWith("gate-")) {
                    long id = Long.parseLong(key.substring(5));
                    var target = gates.get(id).getValue() == null ? gates.get(id) : null;
                    if (target != null) {
                        target.setErrorMessage(message);
                        target.setInvalid(true);
                    } else {
                        reasons.get(id).setErrorMessage(message);
                        reasons.get(id).setInvalid(true);
                    }
                } else {
                    Notifications.error(message);
                }
            });
        }
    }

    private Div questionsPanel(ApplicationDetails a) {
        var panel = new Div(new H2("Questions to the group"));
        panel.addClassName("cc-card");
        for (var q : a.informationRequests()) {
            panel.add(new Paragraph(London.format(q.askedAt()) + ", " + q.asker() + ": " + q.question()),
                    new Paragraph(q.answered() ? "Answer from " + q.answerer() + " ("
                            + London.format(q.answeredAt()) + "): " + q.answer() : "Not answered yet"));
        }
        if (a.status() != ApplicationStatus.WITHDRAWN) {
            panel.add(question, ask);
        }
        return panel;
    }

    private void ask(ApplicationDetails a) {
        question.setInvalid(false);
        try {
            screening.askForInformation(a.id(), question.getValue());
            Notifications.success("Question saved: the group can answer it in the portal. "
                    + mail.queued("an email telling them of it"));
            question.clear();
            show(screening.get(a.id()));
        } catch (InvalidInputException ex) {
            question.setErrorMessage(Texts.of(ex.messageFor("question")));
            question.setInvalid(true);
        }
    }
}

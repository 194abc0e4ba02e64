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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("OFFICER")
class ReviewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A gate's decision as its radio button holds it; the button shows it in the reader's language. */
    static final String PASS = "Pass"; // not user text: item value
    static final String FAIL = "Fail"; // not user text: item value

    final Map<Long, RadioButtonGroup<String>> gates = new LinkedHashMap<>();
    final Map<Long, TextArea> reasons = new LinkedHashMap<>();
    final Button saveScreening = new Button(getTranslation("staff.apply.review.save-screening"));
    final TextArea question = new TextArea(getTranslation("staff.apply.review.question"));
    final Button ask = new Button(getTranslation("staff.apply.review.send-question"));
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
        var status = new Span(Texts.of(a.status().label()));
        status.addClassName("cc-tag");
        add(new Anchor(ApplicationsNavigation.roundApplications(a.round().id()),
                        getTranslation("staff.apply.review.all-applications")),
                new Span(getTranslation("staff.apply.review.submitted", a.reference(), a.organisationName(),
                        London.format(a.submittedAt()))), new H1(Texts.of(a.displayTitle())), status,
                Downloads.link(getTranslation("staff.apply.review.download-pdf"), () -> new Downloads.File(
                        a.reference() + ".pdf", "application/pdf",
                        screening.pdf(a.id()))));
        add(screeningPanel(a), questionsPanel(a));
        add(new H2(getTranslation("staff.apply.review.application")), new AnswerSummary(a, false,
                (doc, text) -> DocumentLinks.link(text, () -> screening.download(a.id(), doc.id()))));
    }

    private Div screeningPanel(ApplicationDetails a) {
        var panel = new Div(new H2(getTranslation("staff.apply.review.screening")));
        panel.addClassName("cc-card");
        boolean open = a.status() != ApplicationStatus.WITHDRAWN;
        for (var q : a.round().eligibility()) {
            var answer = a.eligibility().stream().filter(e -> e.questionId() == q.id()).findFirst();
            var gate = new RadioButtonGroup<String>(getTranslation("staff.apply.review.group-answered",
                    getTranslation(answer.map(e -> e.answer() ? "staff.apply.review.yes" : "staff.apply.review.no")
                            .orElse("staff.apply.review.no-answer"))));
            gate.setItems(PASS, FAIL);
            gate.setItemLabelGenerator(v -> getTranslation(PASS.equals(v) ? "staff.apply.review.pass"
                    : "staff.apply.review.fail"));
            answer.filter(e -> e.screeningPass() != null).ifPresent(e -> gate.setValue(e.screeningPass()
                    ? PASS : FAIL));
            var reason = new TextArea(getTranslation("staff.apply.review.reason"));
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
            panel.add(new Paragraph(getTranslation("staff.apply.review.no-questions")));
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
                decisions.put(id, new GateDecision(PASS.equals(gate.getValue()), reasons.get(id).getValue()));
            }
        });
        try {
            var result = screening.screen(a.id(), a.version(), decisions);
            Notifications.success(result == ApplicationStatus.ELIGIBLE
                    ? getTranslation("staff.apply.review.marked-eligible")
                    : getTranslation("staff.apply.review.marked-ineligible",
                            mail.queued(getTranslation("staff.apply.review.reasons-mail"))));
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
        var panel = new Div(new H2(getTranslation("staff.apply.review.questions")));
        panel.addClassName("cc-card");
        for (var q : a.informationRequests()) {
            panel.add(new Paragraph(getTranslation("staff.apply.review.asked", London.format(q.askedAt()), q.asker(),
                            q.question())),
                    new Paragraph(q.answered() ? getTranslation("staff.apply.review.answer", q.answerer(),
                            London.format(q.answeredAt()), q.answer())
                            : getTranslation("staff.apply.review.not-answered")));
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
            Notifications.success(getTranslation("staff.apply.review.question-saved",
                    mail.queued(getTranslation("staff.apply.review.question-mail"))));
            question.clear();
            show(screening.get(a.id()));
        } catch (InvalidInputException ex) {
            question.setErrorMessage(Texts.of(ex.messageFor("question")));
            question.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.apply.review.page-title");
    }
}

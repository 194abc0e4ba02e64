package org.communitychest.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.communitychest.applications.GapAlignment;
import org.communitychest.applications.GateDecision;
import org.communitychest.applications.Screening;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.notifications.MailDelivery;

/**
 * An officer reads a submitted application, screens each eligibility gate, and asks the group questions. The page
 * is drawn whole when it opens; after an action only the part that changed is brought up to date, so the officer
 * stays where they acted.
 */
@Route("review/:applicationId" + RouteId.PATTERN)
@RolesAllowed("OFFICER")
class ReviewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Map<Long, ScreeningGate> screeningGates = new LinkedHashMap<>();
    final Map<Long, RadioButtonGroup<String>> gates = new LinkedHashMap<>();
    final Map<Long, TextArea> reasons = new LinkedHashMap<>();
    final Button saveScreening = new Button(text("save-screening"));
    final TextArea question = new TextArea(text("question"));
    final Button ask = new Button(text("send-question"));
    final Span statusTag = new Span();
    final Div questionList = new Div();
    private final Anchor allApplications = new Anchor();
    private final Span facts = new Span();
    private final H1 title = new H1();
    private final Div gatePanel = new Div();
    private final Div summary = new Div();
    /** The panel's decision once released; hidden until then. */
    final Div decision = new Div();
    /** The bid's alignment with the round's priority gaps. */
    final Div gapAlignment = new Div();
    private final Screening screening;
    private final MailDelivery mail;
    private ApplicationDetails shown;

    ReviewApplicationView(Screening screening, MailDelivery mail) {
        this.screening = screening;
        this.mail = mail;
        addClassName("cc-page");
        allApplications.setText(text("all-applications"));
        saveScreening.addThemeVariants(ButtonVariant.PRIMARY);
        saveScreening.addClickListener(e -> save(shown));
        question.setWidthFull();
        question.setMaxLength(2000);
        ask.addClickListener(e -> ask(shown));
        var pdf = Downloads.link(text("download-pdf"), () -> new Downloads.File(shown.reference() + ".pdf",
                "application/pdf", screening.pdf(shown.id())));
        var screeningCard = new Div(new H2(text("screening")), gatePanel, saveScreening);
        screeningCard.addClassName("cc-card");
        var questionsCard = new Div(new H2(text("questions")), questionList, question, ask);
        questionsCard.addClassName("cc-card");
        summary.setWidthFull();
        var gapsCard = new Div(new H2(text("gaps")), gapAlignment);
        gapsCard.addClassName("cc-card");
        decision.addClassName("cc-card");
        add(allApplications, facts, title, statusTag, pdf, decision, gapsCard, screeningCard, questionsCard,
                new H2(text("application")), summary);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        show(screening.get(id));
    }

    /** The whole page, for the application just opened. */
    private void show(ApplicationDetails a) {
        shown = a;
        allApplications.setHref(ApplicationsNavigation.roundApplications(a.round().id()));
        facts.setText(text("submitted", a.reference(), a.organisationName(), London.format(a.submittedAt())));
        title.setText(Texts.of(a.displayTitle()));
        showStatus(a);
        showGates(a);
        showQuestions(a);
        showGapAlignment(a);
        summary.removeAll();
        summary.add(new AnswerSummary(a, false,
                (doc, text) -> DocumentLinks.link(text, () -> screening.download(a.id(), doc.id()))));
    }

    private void showGapAlignment(ApplicationDetails a) {
        var alignment = GapAlignment.of(a);
        gapAlignment.removeAll();
        gapAlignment.add(new Paragraph(Texts.of(alignment.staffSummary())));
        if (!alignment.covered().isEmpty()) {
            var list = new UnorderedList();
            for (var gap : alignment.covered()) {
                list.add(new ListItem(getTranslation("staff.apply.review.gap", Texts.of(gap.label()),
                        gap.figures() == null ? text("gaps-no-figures") : Texts.of(gap.figures().summary()))));
            }
            gapAlignment.add(list);
        }
    }

    private void showStatus(ApplicationDetails a) {
        statusTag.setText(Texts.of(a.status().label()));
        statusTag.setClassName("cc-tag cc-status-" + a.status().cssName()); // not user text: CSS
        showDecision(a);
    }

    private void showDecision(ApplicationDetails a) {
        decision.removeAll();
        decision.setVisible(a.decision() != null);
        if (a.decision() == null) {
            return;
        }
        var d = a.decision();
        String released = London.format(d.releasedAt());
        decision.add(new H2(text("decision")), new Paragraph(switch (d.outcome()) {
            case FUNDED -> text("decision-funded", d.awarded().toString(), released);
            case PART_FUNDED -> text("decision-part-funded", d.awarded().toString(), d.requested().toString(),
                    released);
            default -> text("decision-not-funded", released);
        }));
        if (d.hasFeedback()) {
            var feedback = new Paragraph(text("decision-feedback", d.feedback()));
            feedback.addClassName("cc-feedback");
            decision.add(feedback);
        }
    }

    private void showGates(ApplicationDetails a) {
        boolean open = a.status() != ApplicationStatus.WITHDRAWN && !a.status().isDecided();
        gatePanel.removeAll();
        screeningGates.clear();
        gates.clear();
        reasons.clear();
        for (var q : a.round().eligibility()) {
            var gate = new ScreeningGate(q, a.eligibility().stream().filter(e -> e.questionId() == q.id())
                    .findFirst(), open);
            screeningGates.put(q.id(), gate);
            gates.put(q.id(), gate.choice);
            reasons.put(q.id(), gate.reason);
            gatePanel.add(gate);
        }
        if (a.round().eligibility().isEmpty()) {
            gatePanel.add(new Paragraph(text("no-questions")));
        }
        saveScreening.setVisible(open);
    }

    private void showQuestions(ApplicationDetails a) {
        questionList.removeAll();
        for (var q : a.informationRequests()) {
            questionList.add(new Paragraph(text("asked", London.format(q.askedAt()), q.asker(), q.question())),
                    new Paragraph(q.answered() ? text("answer", q.answerer(), London.format(q.answeredAt()),
                            q.answer()) : text("not-answered")));
        }
        boolean open = a.status() != ApplicationStatus.WITHDRAWN;
        question.setVisible(open);
        ask.setVisible(open);
    }

    private void save(ApplicationDetails a) {
        Map<Long, GateDecision> decisions = new HashMap<>();
        screeningGates.forEach((id, gate) -> {
            gate.clearRefusal();
            if (gate.decision() != null) {
                decisions.put(id, gate.decision());
            }
        });
        try {
            var result = screening.screen(a.id(), a.version(), decisions);
            Notifications.success(result == ApplicationStatus.ELIGIBLE ? text("marked-eligible")
                    : text("marked-ineligible",
                            Texts.sentence(mail.queued(Message.of("staff.apply.review.reasons-mail")))));
            shown = screening.get(a.id());
            showStatus(shown);
        } catch (InvalidInputException ex) {
            ex.fieldErrors().forEach((key, message) -> {
                if (key.startsWith("gate-")) {
                    screeningGates.get(Long.parseLong(key.substring(5))).refuse(Texts.of(message));
                } else {
                    Notifications.error(Texts.of(message));
                }
            });
        }
    }

    private void ask(ApplicationDetails a) {
        question.setInvalid(false);
        try {
            screening.askForInformation(a.id(), question.getValue());
            Notifications.success(text("question-saved",
                    Texts.sentence(mail.queued(Message.of("staff.apply.review.question-mail")))));
            question.clear();
            shown = screening.get(a.id());
            showQuestions(shown);
        } catch (InvalidInputException ex) {
            question.setErrorMessage(Texts.of(ex.messageFor("question")));
            question.setInvalid(true);
        }
    }

    private String text(String key, Object... args) {
        return getTranslation("staff.apply.review." + key, args);
    }

    @Override
    public String getPageTitle() {
        return text("page-title");
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.FormType;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;
import org.communitychest.rounds.EligibilityQuestion;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ui.RoundsNavigation;

/** Starting an application: which group, the eligibility questions, and the size of the request. */
@Route("apply/:roundId" + RouteId.PATTERN)
@PageTitle("Start an application · Community Chest")
@RolesAllowed("APPLICANT")
class StartApplicationView extends VerticalLayout implements BeforeEnterObserver {

    static final String CARRIED_ANSWERS = "Your answers from the eligibility check are filled in. Check they are"
            + " still right for the group that is applying; change any that are not.";

    final RadioButtonGroup<OrganisationSummary> organisation = new RadioButtonGroup<>("Which group is applying?");
    final Map<Long, RadioButtonGroup<String>> eligibility = new LinkedHashMap<>();
    final RadioButtonGroup<FormType> formType = new RadioButtonGroup<>("How much will you ask for?");
    final Button start = new Button("Start the application");
    final Div alert = new Div();
    private final ApplicationDrafts drafts;
    private final Rounds rounds;
    private final Organisations organisations;
    private final Clock clock;
    private RoundDetails round;

    StartApplicationView(ApplicationDrafts drafts, Rounds rounds, Organisations organisations, Clock clock) {
        this.drafts = drafts;
        this.rounds = rounds;
        this.organisations = organisations;
        this.clock = clock;
        addClassName("cc-page");
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        formType.setItems(FormType.SHORT, FormType.FULL);
        alert.addClassName("cc-alert");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> start(round));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        round = rounds.published(roundId);
        Map<Long, Boolean> checked = RoundsNavigation.eligibilityAnswers(event.getLocation().getQueryParameters());
        removeAll();
        eligibility.clear();
        alert.setVisible(false);
        add(new Span(round.partnershipName()), new H1("Apply to " + round.title()));
        if (!round.acceptsApplicationsAt(clock.instant())) {
            add(new Paragraph("This round is not taking applications: " + Texts.of(round.availability(clock.instant())) + "."),
                    new Anchor("funding", "See other open rounds"));
            return;
        }
        var groups = organisations.mine();
        if (groups.isEmpty()) {
            add(new Paragraph("First, tell us about your group. You only do this once: every application reuses"
                    + " it."), new Anchor("organisations/new", "Set up your group"));
            return;
        }
        organisation.setItems(groups);
        if (groups.size() == 1) {
            organisation.setValue(groups.getFirst());
        }
        add(organisation);
        if (!round.eligibility().isEmpty()) {
            add(new H2("Check your group can apply"));
            if (round.eligibility().stream().anyMatch(q -> checked.containsKey(q.id()))) {
                add(new Paragraph(CARRIED_ANSWERS));
            }
        }
        for (EligibilityQuestion q : round.eligibility()) {
            var group = new RadioButtonGroup<String>(q.question());
            group.setItems("Yes", "No");
            if (checked.containsKey(q.id())) {
                group.setValue(checked.get(q.id()) ? "Yes" : "No");
            }
            eligibility.put(q.id(), group);
            add(group);
        }
        formType.setItemLabelGenerator(t -> t == FormType.SHORT
                ? "Less than " + round.shortFormThreshold().toShortString() + ": the short form"
                : round.shortFormThreshold().toShortString() + " or more (up to " + round.maxGrant().toShortString()
                        + "): the full form");
        add(new H2("Your request"), formType, alert, start);
    }

    private void start(RoundDetails round) {
        alert.setVisible(false);
        organisation.setInvalid(false);
        formType.setInvalid(false);
        eligibility.values().forEach(g -> g.setInvalid(false));
        if (organisation.getValue() == null) {
            organisation.setErrorMessage("Choose the group that is applying");
            organisation.setInvalid(true);
            return;
        }
        Map<Long, Boolean> answers = new HashMap<>();
        eligibility.forEach((id, group) -> {
            if (group.getValue() == null) {
                group.setErrorMessage("Choose yes or no");
                group.setInvalid(true);
            } else {
                answers.put(id, "Yes".equals(group.getValue()));
            }
        });
        try {
            long id = drafts.start(round.id(), organisation.getValue().id(), answers, formType.getValue());
            getUI().ifPresent(ui -> ui.navigate(ApplicationsNavigation.taskList(id)));
        } catch (InvalidInputException ex) {
            if (ex.messageFor("formType") != null) {
                formType.setErrorMessage(Texts.of(ex.messageFor("formType")));
                formType.setInvalid(true);
            }
            var rest = new LinkedHashMap<>(ex.fieldErrors());
            rest.remove("formType");
            if (!rest.isEmpty()) {
                alert.setText(Texts.joined(rest.values()));
                alert.setVisible(true);
            }
        }
    }
}

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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.communitychest.organisations.ui.OrganisationsNavigation;
import org.communitychest.rounds.EligibilityQuestion;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ui.RoundsNavigation;

/** Starting an application: which group, the eligibility questions, and the size of the request. */
@Route("apply/:roundId" + RouteId.PATTERN)
@RolesAllowed("APPLICANT")
class StartApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CARRIED_ANSWERS = "apply.start.carried-answers";
    /** An eligibility answer's value; the radio button shows it in the reader's language. */
    static final String YES = "Yes"; // not user text: item value
    static final String NO = "No"; // not user text: item value

    final RadioButtonGroup<OrganisationSummary> organisation = new RadioButtonGroup<>(
            getTranslation("apply.start.which-group"));
    final Map<Long, RadioButtonGroup<String>> eligibility = new LinkedHashMap<>();
    final RadioButtonGroup<FormType> formType = new RadioButtonGroup<>(getTranslation("apply.start.form-type"));
    final Button start = new Button(getTranslation("apply.start.start"));
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
        alert.getElement().setAttribute("role", "alert");
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
        add(new Span(round.partnershipName()), new H1(getTranslation("apply.start.heading", round.title())));
        if (!round.acceptsApplicationsAt(clock.instant())) {
            add(new Paragraph(getTranslation("apply.start.round-not-open", round.availability(clock.instant()))),
                    new Anchor("funding", getTranslation("apply.start.other-rounds")));
            return;
        }
        var groups = organisations.mine();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("apply.start.no-group")),
                    new Anchor(OrganisationsNavigation.newOrganisation(event.getLocation().getPathWithQueryParameters()),
                            getTranslation("apply.start.set-up-group")));
            return;
        }
        organisation.setItems(groups);
        if (groups.size() == 1) {
            organisation.setValue(groups.getFirst());
        }
        add(organisation);
        if (!round.eligibility().isEmpty()) {
            add(new H2(getTranslation("apply.start.eligibility")));
            if (round.eligibility().stream().anyMatch(q -> checked.containsKey(q.id()))) {
                add(new Paragraph(getTranslation(CARRIED_ANSWERS)));
            }
        }
        for (EligibilityQuestion q : round.eligibility()) {
            var group = new RadioButtonGroup<String>(q.question());
            group.setItems(YES, NO);
            group.setItemLabelGenerator(v -> getTranslation(YES.equals(v) ? "apply.start.yes" : "apply.start.no"));
            if (checked.containsKey(q.id())) {
                group.setValue(checked.get(q.id()) ? YES : NO);
            }
            eligibility.put(q.id(), group);
            add(group);
        }
        formType.setItemLabelGenerator(t -> t == FormType.SHORT
                ? getTranslation("apply.start.short-form", round.shortFormThreshold().toShortString())
                : getTranslation("apply.start.full-form", round.shortFormThreshold().toShortString(),
                        round.maxGrant().toShortString()));
        add(new H2(getTranslation("apply.start.request")), formType, alert, start);
    }

    private void start(RoundDetails round) {
        alert.setVisible(false);
        organisation.setInvalid(false);
        formType.setInvalid(false);
        eligibility.values().forEach(g -> g.setInvalid(false));
        if (organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("apply.start.choose-group"));
            organisation.setInvalid(true);
            return;
        }
        Map<Long, Boolean> answers = new HashMap<>();
        eligibility.forEach((id, group) -> {
            if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("apply.start.choose-yes-or-no"));
                group.setInvalid(true);
            } else {
                answers.put(id, YES.equals(group.getValue()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("apply.start.page-title");
    }
}

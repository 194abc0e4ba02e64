package org.communitychest.panels.ui;

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
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.panels.BidLine;
import org.communitychest.panels.BidState;
import org.communitychest.panels.BidToScore;
import org.communitychest.panels.CriterionScore;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;
import org.communitychest.rounds.Criterion;

/**
 * One bid for one panellist. First the conflict declaration, with only the group and project named; then the bid
 * beside the criteria, each scored with a comment and saved as they go; submitted, the panellist sees the others'
 * scores, and can amend their own with a reason.
 */
@Route("panel/:panelId" + RouteId.PATTERN + "/bid/:applicationId" + RouteId.PATTERN)
@RolesAllowed({"PANELLIST", "OFFICER", "ADMIN"})
class PanelBidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NO_CONFLICT = "none"; // not user text: radio value
    static final String CONFLICT = "conflict"; // not user text: radio value

    final RadioButtonGroup<String> declaration = new RadioButtonGroup<>();
    final TextArea conflictReason = new TextArea();
    final Button declare = new Button();
    final Button submit = new Button();
    final Span saveStatus = new Span();
    final List<CriterionScoreCard> cards = new ArrayList<>();
    final Select<Criterion> amendCriterion = new Select<>();
    final RadioButtonGroup<Integer> amendLevel = new RadioButtonGroup<>();
    final TextArea amendComment = new TextArea();
    final TextArea amendReason = new TextArea();
    final Button amend = new Button();
    final Div others = new Div();
    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    private final Paragraph facts = new Paragraph();
    private final Div declarationCard = new Div();
    private final Div bidContent = new Div();
    private final Div alignment = new Div();
    private final Div answers = new Div();
    private final Div criteria = new Div();
    private final Paragraph sheetState = new Paragraph();
    private final Div othersCard = new Div();
    private final Div amendCard = new Div();
    private final Div amendments = new Div();
    private final PanelScoring scoring;
    private long panelId;
    private long applicationId;
    private String shownTitle;
    private BidToScore shownBid;

    PanelBidView(PanelScoring scoring) {
        this.scoring = scoring;
        addClassName("cc-page");
        back.setText(getTranslation("panels.bid.back"));
        declaration.setLabel(getTranslation("panels.conflict.question"));
        declaration.setItems(NO_CONFLICT, CONFLICT);
        declaration.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        declaration.setItemLabelGenerator(v -> getTranslation("panels.conflict." + v));
        declaration.addValueChangeListener(e -> conflictReason.setVisible(CONFLICT.equals(e.getValue())));
        conflictReason.setLabel(getTranslation("panels.conflict.reason"));
        conflictReason.setHelperText(getTranslation("panels.conflict.reason-help"));
        conflictReason.setMaxLength(PanelScoring.REASON_LIMIT);
        conflictReason.setWidthFull();
        conflictReason.setVisible(false);
        declare.setText(getTranslation("panels.conflict.declare"));
        declare.addThemeVariants(ButtonVariant.PRIMARY);
        declare.addClickListener(e -> declare());
        declarationCard.add(new H2(getTranslation("panels.conflict.title")),
                new Paragraph(getTranslation("panels.conflict.intro")), declaration, conflictReason, declare);
        declarationCard.addClassName("cc-card");

        saveStatus.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        saveStatus.addClassName("cc-hint");
        submit.setText(getTranslation("panels.score.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());

        amendCriterion.setLabel(getTranslation("panels.amend.criterion"));
        amendCriterion.setItemLabelGenerator(Criterion::title);
        amendCriterion.addValueChangeListener(e -> {
            if (e.getValue() != null && shownBid != null) {
                var current = shownBid.mine(e.getValue().id());
                amendLevel.setValue(current.level());
                amendComment.setValue(current.comment() == null ? "" : current.comment());
            }
        });
        amendLevel.setLabel(getTranslation("panels.amend.level"));
        amendLevel.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        amendComment.setLabel(getTranslation("panels.amend.comment"));
        amendComment.setWidthFull();
        amendComment.setMaxLength(PanelScoring.COMMENT_LIMIT);
        amendReason.setLabel(getTranslation("panels.amend.reason"));
        amendReason.setWidthFull();
        amendReason.setMaxLength(PanelScoring.REASON_LIMIT);
        TypingGuard.watch(amendComment);
        TypingGuard.watch(amendReason);
        amend.setText(getTranslation("panels.amend.save"));
        amend.addClickListener(e -> amend());
        amendCard.add(new H2(getTranslation("panels.amend.title")), new Paragraph(getTranslation(
                "panels.amend.intro")), amendCriterion, amendLevel, amendComment, amendReason, amend, amendments);
        amendCard.addClassName("cc-card");

        var alignmentCard = new Div(new H2(getTranslation("panels.bid.gaps")), alignment);
        alignmentCard.addClassName("cc-card");
        var answersCard = new Div(new H2(getTranslation("panels.bid.answers")), answers);
        answersCard.addClassName("cc-card");
        var scoringCard = new Div(new H2(getTranslation("panels.score.title")), sheetState, criteria, saveStatus,
                submit);
        scoringCard.addClassName("cc-card");
        othersCard.add(new H2(getTranslation("panels.others.title")), others);
        othersCard.addClassName("cc-card");
        var reading = new Div(alignmentCard, answersCard);
        reading.addClassName("cc-score-reading");
        var scoringColumn = new Div(scoringCard, othersCard, amendCard);
        scoringColumn.addClassName("cc-score-column");
        bidContent.add(reading, scoringColumn);
        bidContent.addClassName("cc-score-layout");
        bidContent.setWidthFull();
        add(back, title, facts, declarationCard, bidContent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("panelId").orElseThrow(() -> new RecordNotFoundException("Panel"));
        applicationId = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        if (!scoring.panel(panelId).guidanceConfirmed()) {
            event.forwardTo(PanelPaths.panel(panelId));
            return;
        }
        back.setHref(PanelPaths.panel(panelId));
        show();
    }

    private void show() {
        BidLine line = scoring.bids(panelId).stream().filter(b -> b.applicationId() == applicationId).findFirst()
                .filter(b -> b.state() != BidState.CONFLICTED)
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        shownTitle = line.projectTitle();
        title.setText(line.projectTitle());
        facts.setText(getTranslation("panels.bid.facts", line.reference(), line.organisationName(),
                line.amountRequested().toShortString()));
        boolean declared = line.state() != BidState.TO_DECLARE;
        declarationCard.setVisible(!declared);
        bidContent.setVisible(declared);
        if (declared) {
            showBid(scoring.bid(panelId, applicationId));
        }
    }

    private void showBid(BidToScore bid) {
        shownBid = bid;
        alignment.removeAll();
        alignment.add(new BidGapAlignment(bid.alignment()));
        answers.removeAll();
        answers.add(new BidAnswers(bid.bid()));
        boolean editable = bid.scoringOpen() && !bid.submitted();
        sheetState.setText(stateText(bid));
        criteria.removeAll();
        cards.clear();
        for (var criterion : bid.criteria()) {
            var card = new CriterionScoreCard(criterion, bid.scale(), bid.mine(criterion.id()), editable,
                    this::save);
            cards.add(card);
            criteria.add(card);
        }
        submit.setVisible(editable);
        saveStatus.setText("");
        othersCard.setVisible(bid.submitted());
        others.removeAll();
        if (bid.submitted()) {
            others.add(new OtherScores(bid));
        }
        amendCard.setVisible(bid.submitted());
        amendCriterion.setItems(bid.criteria());
        amendLevel.setItems(bid.scale().levels().reversed());
        amendments.removeAll();
        if (!bid.amendments().isEmpty()) {
            amendments.add(new AmendmentList(bid));
        }
    }

    private String stateText(BidToScore bid) {
        if (bid.submitted()) {
            return getTranslation("panels.score.submitted", String.format(getLocale(), "%.1f", bid.myWeightedScore()));
        }
        return bid.scoringOpen() ? getTranslation("panels.score.saved-as-you-go")
                : getTranslation("panels.score.closed");
    }

    private void save(CriterionScore score) {
        scoring.mark(panelId, applicationId, score.criterionId(), score.level(), score.comment());
        saveStatus.setText(getTranslation("panels.score.saved"));
    }

    private void declare() {
        FieldErrors.clear(declaration, conflictReason);
        if (declaration.getValue() == null) {
            declaration.setErrorMessage(getTranslation("panels.conflict.choose"));
            declaration.setInvalid(true);
            return;
        }
        boolean conflicted = CONFLICT.equals(declaration.getValue());
        try {
            scoring.declare(panelId, applicationId, conflicted, conflictReason.getValue());
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, Map.of("reason", conflictReason, "conflict", declaration));
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
            return;
        }
        if (conflicted) {
            Notifications.success(getTranslation("panels.conflict.recorded"));
            getUI().ifPresent(ui -> ui.navigate(PanelPaths.panel(panelId)));
        } else {
            show();
        }
    }

    private void submit() {
        cards.forEach(c -> FieldErrors.clear(c.level, c.comment));
        try {
            scoring.submit(panelId, applicationId);
        } catch (InvalidInputException e) {
            cards.forEach(c -> c.showErrors(e));
            saveStatus.setText(getTranslation("panels.score.not-submitted", e.fieldErrors().size()));
            return;
        }
        Notifications.success(getTranslation("panels.score.submitted-note"));
        show();
    }

    private void amend() {
        FieldErrors.clear(amendCriterion, amendLevel, amendComment, amendReason);
        var criterion = amendCriterion.getValue();
        if (criterion == null) {
            amendCriterion.setErrorMessage(getTranslation("panels.amend.criterion-required"));
            amendCriterion.setInvalid(true);
            return;
        }
        try {
            scoring.amend(panelId, applicationId, criterion.id(), amendLevel.getValue(), amendComment.getValue(),
                    amendReason.getValue());
        } catch (InvalidInputException e) {
            var fields = new HashMap<String, com.vaadin.flow.component.HasValidation>();
            fields.put(PanelScoring.levelField(criterion.id()), amendLevel);
            fields.put(PanelScoring.commentField(criterion.id()), amendComment);
            fields.put("reason", amendReason);
            String rest = FieldErrors.show(e, fields);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
            return;
        }
        amendCriterion.clear();
        amendLevel.clear();
        amendComment.clear();
        amendReason.clear();
        Notifications.success(getTranslation("panels.amend.saved"));
        show();
    }

    @Override
    public String getPageTitle() {
        return shownTitle == null ? getTranslation("panels.bid.page-title-unknown")
                : getTranslation("panels.bid.page-title", shownTitle);
    }
}

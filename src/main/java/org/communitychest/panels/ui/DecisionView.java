package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.BidOutcome;
import org.communitychest.panels.DecisionSummary;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * The round's decision, its panel's or its vote's: the list, who approved it and when, each override's reason; the
 * feedback each unsuccessful group will read, drafted from the panel's comments or the count's reasons, which the
 * officer edits; and the release.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/decision")
@RolesAllowed("OFFICER")
class DecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<DecisionSummary.Line> lines = new Grid<>();
    final Select<DecisionSummary.Line> feedbackBid = new Select<>();
    final TextArea feedback = new TextArea();
    final Button saveFeedback = new Button();
    final Button release = new Button();
    final Paragraph releaseResult = new Paragraph();
    final Anchor grants = new Anchor();
    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    private final Paragraph recorded = new Paragraph();
    private final Div feedbackCard = new Div();
    private final PanelDecisions decisions;
    private long roundId;
    private DecisionSummary shown;

    DecisionView(PanelDecisions decisions) {
        this.decisions = decisions;
        addClassName("cc-page");
        lines.addColumn(l -> l.reference() + " · " + l.projectTitle() + " · " + l.organisationName())
                .setHeader(t("column.bid")).setFlexGrow(3);
        lines.addColumn(l -> Texts.of(l.outcome().label())).setHeader(t("column.outcome")).setAutoWidth(true);
        lines.addColumn(l -> l.amount().toShortString() + " / " + l.requested().toShortString())
                .setHeader(t("column.amount")).setAutoWidth(true);
        lines.addColumn(l -> l.overrideReason() == null ? "" : l.overrideReason()).setHeader(t("column.override"))
                .setFlexGrow(2);
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var listCard = new Div(new H2(t("list")), recorded, lines);
        listCard.addClassName("cc-card");

        feedbackBid.setLabel(t("feedback.bid"));
        feedbackBid.setItemLabelGenerator(l -> l.reference() + " · " + l.projectTitle());
        feedbackBid.addValueChangeListener(e -> feedback.setValue(e.getValue() == null || e.getValue().feedback() == null
                ? "" : e.getValue().feedback()));
        feedback.setLabel(t("feedback.text"));
        feedback.setWidthFull();
        feedback.setMaxLength(4000);
        saveFeedback.setText(t("feedback.save"));
        saveFeedback.addClickListener(e -> saveFeedback());
        feedbackCard.add(new H2(t("feedback")), new Paragraph(t("feedback.intro")), feedbackBid, feedback,
                saveFeedback);
        feedbackCard.addClassName("cc-card");
        release.setText(t("release"));
        release.addThemeVariants(ButtonVariant.PRIMARY);
        release.addClickListener(e -> ConfirmDialogs.of(t("release.title"), t("release.text"), t("release"),
                confirmed -> release()).open());
        releaseResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        grants.setText(t("grants"));
        var releaseCard = new Div(new H2(t("release.heading")), new Paragraph(t("release.intro")), release,
                releaseResult, grants);
        releaseCard.addClassName("cc-card");
        add(back, title, listCard, feedbackCard, releaseCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElseThrow(() -> new RecordNotFoundException("Round"));
        show(decisions.ofRound(roundId).orElseThrow(() -> new RecordNotFoundException("Decision")));
    }

    private void show(DecisionSummary decision) {
        shown = decision;
        boolean byVote = decision.method().byVote();
        back.setText(t(byVote ? "back-vote" : "back"));
        back.setHref(byVote ? RoundsNavigation.vote(decision.roundId()) : RoundsNavigation.panel(decision.roundId()));
        title.setText(t("title"));
        recorded.setText(byVote ? getTranslation("staff.panels.decision.recorded-vote",
                Texts.of(decision.method().label()), decision.approvedBy(), London.format(decision.recordedAt()),
                decision.recordedBy(), decision.lotterySeed(), decision.total().toShortString())
                : getTranslation("staff.panels.decision.recorded", Texts.of(decision.method().label()),
                        String.join(", ", decision.votedFor()), decision.votedFor().size(), decision.membersPresent(),
                        London.format(decision.recordedAt()), decision.recordedBy(), decision.lotterySeed(),
                        decision.total().toShortString()));
        lines.setItems(decision.bids());
        feedbackBid.setItems(decision.bids().stream().filter(l -> l.outcome() != BidOutcome.FUNDED).toList());
        feedbackCard.setVisible(!decision.released());
        release.setVisible(!decision.released());
        grants.setVisible(decision.released());
        if (decision.released()) {
            releaseResult.setText(getTranslation("staff.panels.decision.released-at",
                    London.format(decision.releasedAt()), decision.releasedBy()));
            grants.setHref(RoundsNavigation.grants(decision.roundId()));
        }
    }

    private void saveFeedback() {
        feedback.setInvalid(false);
        var line = feedbackBid.getValue();
        if (line == null) {
            feedbackBid.setErrorMessage(t("feedback.bid-required"));
            feedbackBid.setInvalid(true);
            return;
        }
        try {
            show(decisions.editFeedback(roundId, line.applicationId(), feedback.getValue()));
        } catch (InvalidInputException e) {
            feedback.setErrorMessage(Texts.of(e.fieldErrors().values().iterator().next()));
            feedback.setInvalid(true);
            return;
        }
        Notifications.success(t("feedback.saved"));
    }

    private void release() {
        try {
            var released = decisions.release(roundId);
            show(decisions.ofRound(roundId).orElseThrow());
            releaseResult.setText(Texts.of(released.message()));
        } catch (InvalidInputException e) {
            releaseResult.setText(String.join(" ", e.fieldErrors().values().stream().map(Texts::of).toList()));
        }
    }

    private String t(String key) {
        return getTranslation("staff.panels.decision." + key);
    }

    @Override
    public String getPageTitle() {
        return t("title");
    }
}

package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.BidLine;
import org.communitychest.panels.BidState;
import org.communitychest.panels.MyPanel;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;

/**
 * A panel member's page for one panel: what the role is, in plain words, the guidance they confirm before scoring,
 * the practice bid, and the bids with where they are with each.
 */
@Route("panel/:panelId" + RouteId.PATTERN)
@RolesAllowed({"PANELLIST", "OFFICER", "ADMIN"})
class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Checkbox readGuidance = new Checkbox();
    final Button confirm = new Button();
    final Div bidList = new Div();
    private final H1 title = new H1();
    private final Paragraph stage = new Paragraph();
    private final Div guidance = new Div();
    private final Details guidanceDetails = new Details();
    private final Div confirmation = new Div();
    private final Anchor practice = new Anchor();
    private final Span practiceDone = new Span();
    private final Anchor board = new Anchor();
    private final PanelScoring scoring;
    private MyPanel shown;

    PanelView(PanelScoring scoring) {
        this.scoring = scoring;
        addClassName("cc-page");
        readGuidance.setLabel(getTranslation("panels.guidance.read"));
        confirm.setText(getTranslation("panels.guidance.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        readGuidance.addValueChangeListener(e -> readGuidance.setInvalid(false));
        confirmation.add(readGuidance, confirm);
        guidanceDetails.setSummaryText(getTranslation("panels.guidance.title"));
        guidanceDetails.add(guidance);
        var guidanceCard = new Div(guidanceDetails, confirmation);
        guidanceCard.addClassName("cc-card");
        practice.setText(getTranslation("panels.practice.link"));
        practiceDone.addClassName("cc-hint");
        var practiceCard = new Div(new H2(getTranslation("panels.practice.title")),
                new Paragraph(getTranslation("panels.practice.intro")), practice, practiceDone);
        practiceCard.addClassName("cc-card");
        var pack = Downloads.link(getTranslation("panels.pdf.download"), () -> new Downloads.File(
                getTranslation("panels.pdf.file-name", shown.panelId()), "application/pdf", // not user text: type
                scoring.pack(shown.panelId())));
        var bidsCard = new Div(new H2(getTranslation("panels.bids.title")), bidList, pack);
        bidsCard.addClassName("cc-card");
        board.setText(getTranslation("panels.board.link"));
        add(new Anchor("", getTranslation("panels.home")), title, stage, board, guidanceCard, practiceCard,
                bidsCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("panelId").orElseThrow(() -> new RecordNotFoundException("Panel"));
        show(scoring.panel(id));
    }

    private void show(MyPanel panel) {
        shown = panel;
        var round = scoring.round(panel.panelId());
        title.setText(getTranslation("panels.panel.title", panel.roundTitle()));
        stage.setText(stageText(panel));
        guidance.removeAll();
        guidance.add(new PanelGuidance(round));
        guidanceDetails.setOpened(!panel.guidanceConfirmed());
        confirmation.setVisible(!panel.guidanceConfirmed());
        practice.setHref(PanelPaths.panel(panel.panelId()) + "/practice");
        board.setHref(PanelsNavigation.moderation(panel.panelId()));
        board.setVisible(panel.roundStatus().compareTo(RoundStatus.MODERATION) >= 0);
        practiceDone.setText(panel.practised() ? getTranslation("panels.practice.done") : "");
        showBids(panel, round);
    }

    private String stageText(MyPanel panel) {
        return switch (panel.roundStatus()) {
            case SCORING -> panel.scoringClosesAt() == null ? getTranslation("panels.stage.scoring")
                    : getTranslation("panels.stage.scoring-until", London.format(panel.scoringClosesAt()));
            case MODERATION -> getTranslation("panels.stage.moderation");
            case DECIDED -> getTranslation("panels.stage.decided");
            default -> getTranslation("panels.stage.not-yet");
        };
    }

    private void showBids(MyPanel panel, RoundDetails round) {
        bidList.removeAll();
        if (!panel.guidanceConfirmed()) {
            bidList.add(new Paragraph(getTranslation("panels.bids.confirm-first")));
            return;
        }
        if (round.status().compareTo(RoundStatus.SCORING) < 0) {
            bidList.add(new Paragraph(getTranslation("panels.bids.not-yet")));
            return;
        }
        var lines = scoring.bids(panel.panelId());
        if (lines.isEmpty()) {
            bidList.add(new Paragraph(getTranslation("panels.bids.none")));
            return;
        }
        long done = lines.stream().filter(l -> l.state() == BidState.SUBMITTED || l.state() == BidState.LOCKED
                || l.state() == BidState.CONFLICTED).count();
        bidList.add(new Paragraph(getTranslation("panels.bids.progress", done, lines.size())));
        var list = new UnorderedList();
        list.addClassName("cc-bid-list");
        for (BidLine line : lines) {
            var item = new ListItem();
            var name = new H3(line.reference() + " · " + line.projectTitle());
            var who = new Paragraph(getTranslation("panels.bids.line", line.organisationName(),
                    line.amountRequested().toShortString()));
            var state = new Span(Texts.of(line.state().label()));
            state.setClassName("cc-tag cc-bid-" + line.state().name().toLowerCase(Locale.ROOT)); // not user text: CSS
            item.add(name, who, state);
            if (line.state() != BidState.CONFLICTED) {
                item.add(new Anchor(PanelPaths.bid(panel.panelId(), line.applicationId()),
                        getTranslation(actionKey(line.state()), line.reference())));
            }
            list.add(item);
        }
        bidList.add(list);
    }

    private static String actionKey(BidState state) {
        return switch (state) {
            case TO_DECLARE -> "panels.bids.declare";
            case DRAFT -> "panels.bids.score";
            default -> "panels.bids.view";
        };
    }

    private void confirm() {
        if (!readGuidance.getValue()) {
            readGuidance.setErrorMessage(getTranslation("panels.guidance.tick-first"));
            readGuidance.setInvalid(true);
            return;
        }
        try {
            scoring.confirmGuidance(shown.panelId());
        } catch (InvalidInputException e) {
            readGuidance.setErrorMessage(Texts.of(e.fieldErrors().values().iterator().next()));
            readGuidance.setInvalid(true);
            return;
        }
        show(scoring.panel(shown.panelId()));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("panels.panel.page-title-unknown")
                : getTranslation("panels.panel.title", shown.roundTitle());
    }
}

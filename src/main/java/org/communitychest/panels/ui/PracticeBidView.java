package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.panels.CriterionScore;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/**
 * A short made-up bid for a first-time panellist to score, then compare with worked scores and the reasons for
 * them. Nothing they choose is kept but the fact that they tried it.
 */
@Route("panel/:panelId" + RouteId.PATTERN + "/practice")
@RolesAllowed({"PANELLIST", "OFFICER", "ADMIN"})
class PracticeBidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The practice criteria's worked levels, in order. */
    static final int[] WORKED = {3, 2};
    private static final int[] WEIGHTS = {60, 40};

    final List<CriterionScoreCard> cards = new ArrayList<>();
    final Button check = new Button();
    final Div worked = new Div();
    private final Anchor back = new Anchor();
    private final PanelScoring scoring;
    private long panelId;

    PracticeBidView(PanelScoring scoring) {
        this.scoring = scoring;
        addClassName("cc-page");
        back.setText(getTranslation("panels.bid.back"));
        var bid = new Div(new H2(getTranslation("panels.practice.bid-title")));
        var answers = new DescriptionList();
        for (String part : List.of("summary", "who", "activities", "budget")) {
            answers.add(new DescriptionList.Term(getTranslation("panels.practice.term." + part)),
                    new DescriptionList.Description(getTranslation("panels.practice.answer." + part)));
        }
        bid.add(answers);
        bid.addClassName("cc-card");
        var scoringCard = new Div(new H2(getTranslation("panels.score.title")),
                new Paragraph(getTranslation("panels.practice.how")));
        for (int i = 0; i < WORKED.length; i++) {
            var card = new CriterionScoreCard(criterion(i), ScoringScale.ZERO_TO_FOUR,
                    new CriterionScore(i + 1, null, null), true, score -> { });
            cards.add(card);
            scoringCard.add(card);
        }
        check.setText(getTranslation("panels.practice.check"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> check());
        worked.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        scoringCard.add(check, worked);
        scoringCard.addClassName("cc-card");
        add(back, new H1(getTranslation("panels.practice.title")), new Paragraph(getTranslation(
                "panels.practice.intro")), bid, scoringCard);
    }

    private Criterion criterion(int i) {
        String prefix = "panels.practice.criterion." + (i + 1);
        return new Criterion((long) i + 1, getTranslation(prefix + ".title"), getTranslation(prefix + ".guidance"),
                WEIGHTS[i], Map.of(0, getTranslation(prefix + ".level.0"), 1, getTranslation(prefix + ".level.1"),
                        2, getTranslation(prefix + ".level.2"), 3, getTranslation(prefix + ".level.3"),
                        4, getTranslation(prefix + ".level.4")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("panelId").orElseThrow(() -> new RecordNotFoundException("Panel"));
        scoring.panel(panelId);
        back.setHref(PanelPaths.panel(panelId));
    }

    private void check() {
        worked.removeAll();
        boolean complete = true;
        for (var card : cards) {
            card.level.setInvalid(card.level.getValue() == null);
            card.level.setErrorMessage(getTranslation("panels.practice.choose-level"));
            card.comment.setInvalid(card.comment.getValue().isBlank());
            card.comment.setErrorMessage(getTranslation("panels.practice.write-comment"));
            complete &= card.level.getValue() != null && !card.comment.getValue().isBlank();
        }
        if (!complete) {
            worked.add(new Paragraph(getTranslation("panels.practice.incomplete")));
            return;
        }
        worked.add(new H3(getTranslation("panels.practice.worked-title")));
        for (int i = 0; i < WORKED.length; i++) {
            int yours = cards.get(i).level.getValue();
            String prefix = "panels.practice.criterion." + (i + 1);
            worked.add(new Paragraph(getTranslation("panels.practice.worked", getTranslation(prefix + ".title"),
                    WORKED[i], yours)));
            worked.add(new Paragraph(getTranslation(prefix + ".why")));
        }
        worked.add(new Paragraph(getTranslation("panels.practice.differ")));
        worked.add(new Anchor(PanelPaths.panel(panelId), getTranslation("panels.practice.back-to-panel")));
        scoring.practised(panelId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panels.practice.title");
    }
}

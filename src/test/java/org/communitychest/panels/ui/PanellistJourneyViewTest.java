package org.communitychest.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.communitychest.KaribuTest;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.panels.PanelPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A resident's first panel: confirm the guidance, declare no conflict, score each criterion with a comment (saved
 * as they go), submit, and only then see the other members' scores; then amend a score, twice, on the same page.
 */
class PanellistJourneyViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    PanelFixtures px;
    PanelFixtures.Scored round;
    PanelFixtures.Seated panel;

    @BeforeEach
    void panelInScoring() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Panellist journey", 2);
        panel = px.panel(round.roundId(), 3);
        px.score(panel.panelId(), panel.members().get(1), round.bids().getFirst(), 4, true);
        px.score(panel.panelId(), panel.members().get(2), round.bids().getFirst(), 2, true);
        loginAs(panel.members().getFirst());
    }

    @Test
    void declareScoreSubmitThenSeeTheOthers() {
        navigate(PanelPaths.panel(panel.panelId()));
        var page = _get(PanelView.class);
        assertThat(page.bidList.getElement().getTextRecursively()).contains("Confirm the guidance");
        _click(page.confirm);
        assertThat(page.readGuidance.isInvalid()).as("not ticked yet").isTrue();
        _setValue(page.readGuidance, true);
        _click(page.confirm);
        assertThat(page.confirm.isVisible() && page.confirm.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(page.bidList.getElement().getTextRecursively()).contains("You have done 0 of 2 bids")
                .contains("Declare first");

        long bid = round.bids().getFirst();
        navigate(PanelPaths.bid(panel.panelId(), bid));
        var scoring = _get(PanelBidView.class);
        assertThat(scoring.cards).as("no content before the declaration").isEmpty();
        _click(scoring.declare);
        assertThat(scoring.declaration.isInvalid()).isTrue();
        _setValue(scoring.declaration, PanelBidView.NO_CONFLICT);
        _click(scoring.declare);
        assertThat(scoring.cards).hasSize(2);
        assertThat(scoring.others.getElement().getTextRecursively()).as("hidden before submitting").isEmpty();

        var first = scoring.cards.get(0);
        var second = scoring.cards.get(1);
        _setValue(first.level, 3);
        assertThat(scoring.saveStatus.getText()).isEqualTo("Saved.");
        _setValue(first.comment, "Clear need, referrals agreed with the surgery");
        _setValue(second.level, 2);
        _click(scoring.submit);
        assertThat(second.comment.isInvalid()).as("the missing comment is shown on its field").isTrue();
        assertThat(first.level.isInvalid()).isFalse();
        _setValue(second.comment, "The plan leaves the volunteers' lead unclear");
        _click(scoring.submit);

        assertThat(scoring.cards.get(0).level.isReadOnly()).isTrue();
        assertThat(scoring.others.getElement().getTextRecursively()).contains("Panel member 2: 100.0 out of 100")
                .contains("Panel member 3: 50.0 out of 100").contains("mean so far");

        _setValue(scoring.amendCriterion, scoring.amendCriterion.getListDataView().getItem(0));
        assertThat(scoring.amendLevel.getValue()).as("the current score, to change").isEqualTo(3);
        _setValue(scoring.amendLevel, 4);
        _click(scoring.amend);
        assertThat(scoring.amendReason.isInvalid()).isTrue();
        _setValue(scoring.amendReason, "The surgery's letter was in the appendix");
        _click(scoring.amend);
        _setValue(scoring.amendCriterion, scoring.amendCriterion.getListDataView().getItem(1));
        _setValue(scoring.amendLevel, 3);
        _setValue(scoring.amendReason, "Talked it through: the lead is named on page 2");
        _click(scoring.amend);
        assertThat(scoring.getElement().getTextRecursively())
                .contains("3 changed to 4, because The surgery's letter was in the appendix")
                .contains("2 changed to 3, because Talked it through");

        navigate(PanelPaths.panel(panel.panelId()));
        assertThat(_get(PanelView.class).bidList.getElement().getTextRecursively())
                .contains("You have done 1 of 2 bids").contains("Scores submitted");
    }

    @Test
    void aConflictTakesTheBidAwayAndItsAddressAnswersNotFound() {
        px.fx.as(panel.members().getFirst(), () -> px.scoring.confirmGuidance(panel.panelId()));
        long bid = round.bids().get(1);
        navigate(PanelPaths.bid(panel.panelId(), bid));
        var scoring = _get(PanelBidView.class);
        _setValue(scoring.declaration, PanelBidView.CONFLICT);
        assertThat(scoring.conflictReason.isVisible()).isTrue();
        _click(scoring.declare);
        assertThat(scoring.conflictReason.isInvalid()).as("a reason is needed").isTrue();
        _setValue(scoring.conflictReason, "My sister runs this group");
        _click(scoring.declare);
        var page = _get(PanelView.class);
        assertThat(page.bidList.getElement().getTextRecursively()).contains("Conflict declared");

        navigate(PanelPaths.bid(panel.panelId(), bid));
        assertThat(shownViews()).doesNotContain(PanelBidView.class);
    }
}

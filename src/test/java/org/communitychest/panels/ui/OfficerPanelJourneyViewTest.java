package org.communitychest.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.BidOutcome;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An officer takes a scored round to its decision: closes scoring (sheets lock), moderates a score twice on the
 * board, sees greedy and optimal side by side with a reason for each unfunded bid, records the panel's decision
 * with an override, edits a group's feedback and releases, after which the groups are told, once.
 */
class OfficerPanelJourneyViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    PanelFixtures px;
    PanelFixtures.Scored round;
    PanelFixtures.Seated panel;

    @BeforeEach
    void scoredRound() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Officer journey", 4);
        panel = px.panel(round.roundId(), 3);
        int[][] levels = {{4, 3, 4}, {3, 3, 2}, {2, 1, 2}, {1, 2, 0}};
        for (int b = 0; b < 4; b++) {
            for (int m = 0; m < 3; m++) {
                px.score(panel.panelId(), panel.members().get(m), round.bids().get(b), levels[b][m], true);
            }
        }
        loginAs(ApplicationFixtures.OFFICER);
    }

    @Test
    void closeModerateAllocateDecideAndRelease() {
        navigate(RoundsNavigation.panel(round.roundId()));
        var page = _get(RoundPanelView.class);
        assertThat(page.closeScoring.isVisible()).isTrue();
        _click(page.closeScoring);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.stage.getText()).contains("moderates");
        assertThat(px.fx.jdbc.queryForObject("select count(*) from score_sheet where panel_id = ? and status ="
                + " 'LOCKED'", Integer.class, panel.panelId())).isEqualTo(12);

        navigate(PanelsNavigation.moderation(panel.panelId()));
        var board = _get(ModerationView.class);
        assertThat(_size(board.board)).isEqualTo(4);
        assertThat(board.agreement.getElement().getTextRecursively()).contains("Krippendorff's alpha");
        assertThat(board.calibration.getElement().getTextRecursively()).contains("Every member scored every bid")
                .contains("Fewer than 5 bids scored");
        var last = board.board.getListDataView().getItem(3);
        _setValue(board.moderateBid, last);
        _setValue(board.moderatedScore, 70.0);
        _click(board.moderate);
        assertThat(board.moderateReason.isInvalid()).as("a reason is needed").isTrue();
        _setValue(board.moderateReason, "The panel agreed the budget was misread");
        _click(board.moderate);
        assertThat(board.board.getListDataView().getItem(1).applicationId())
                .as("moderated to 70, the bid moves up to second").isEqualTo(last.applicationId());
        _setValue(board.moderateBid, board.board.getListDataView().getItem(1));
        _setValue(board.moderatedScore, 68.0);
        _setValue(board.moderateReason, "Second look: one point lower");
        _click(board.moderate);
        assertThat(board.board.getListDataView().getItem(1).moderated().previous()).isEqualTo(70.0);

        navigate(PanelsNavigation.allocation(panel.panelId()));
        var allocation = _get(AllocationView.class);
        assertThat(allocation.columns.getElement().getTextRecursively()).contains("Greedy with skip")
                .contains("Optimal combination").contains("Within the pot");
        _click(allocation.record);
        assertThat(allocation.method.isInvalid()).isTrue();
        _setValue(allocation.method, AllocationMethod.OPTIMAL);
        _setValue(allocation.present, 3);
        _setValue(allocation.voters, Set.of(allocation.voters.getListDataView().getItem(0)));
        _click(allocation.record);
        assertThat(allocation.voters.getErrorMessage()).contains("not a majority");
        _setValue(allocation.voters, Set.copyOf(allocation.voters.getListDataView().getItems().toList()));
        var overridden = allocation.overrides.bid.getListDataView().getItem(3);
        _setValue(allocation.overrides.bid, overridden);
        _setValue(allocation.overrides.outcome, BidOutcome.NOT_FUNDED);
        _setValue(allocation.overrides.reason, "The group has withdrawn its match funding");
        _click(allocation.overrides.add);
        assertThat(allocation.overrides.list.getElement().getTextRecursively())
                .contains("withdrawn its match funding");
        _click(allocation.record);

        var decision = _get(DecisionView.class);
        assertThat(decision.lines.getListDataView().getItems().filter(l -> l.overrideReason() != null)).hasSize(1);
        var notFunded = decision.feedbackBid.getListDataView().getItem(0);
        _setValue(decision.feedbackBid, notFunded);
        assertThat(decision.feedback.getValue()).as("drafted from the panel's comments").contains("Comment at level");
        _setValue(decision.feedback, "Thank you. The panel would like to see clearer links with social prescribers.");
        _click(decision.saveFeedback);
        _setValue(decision.feedbackBid, decision.feedbackBid.getListDataView().getItem(0));
        assertThat(decision.feedback.getValue()).startsWith("Thank you.");
        _click(decision.release);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(decision.releaseResult.getText()).contains("4");
        assertThat(decision.release.isVisible()).isFalse();
        assertThat(px.fx.jdbc.queryForObject("select count(*) from application where round_id = ? and status in"
                + " ('FUNDED', 'PART_FUNDED', 'NOT_FUNDED')", Integer.class, round.roundId())).isEqualTo(4);
        assertThat(px.fx.jdbc.queryForObject("select decision_feedback from application where id = ?",
                String.class, notFunded.applicationId())).startsWith("Thank you.");
    }
}

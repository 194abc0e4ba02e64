package org.communitychest.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The board's visibility, moderation's rules and the decision's, as the services enforce them. */
class ModerationAndDecisionTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Moderation moderation;
    @Autowired
    PanelDecisions decisions;
    PanelFixtures px;
    PanelFixtures.Scored round;
    PanelFixtures.Seated panel;

    @BeforeEach
    void scored() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Moderation rules", 3);
        panel = px.panel(round.roundId(), 3);
        String conflicted = panel.members().getFirst();
        px.fx.as(conflicted, () -> {
            px.scoring.confirmGuidance(panel.panelId());
            px.scoring.declare(panel.panelId(), round.bids().getFirst(), true, "I chair this group");
        });
        px.score(panel.panelId(), conflicted, round.bids().get(1), 3, true);
        for (String member : panel.members().subList(1, 3)) {
            for (long bid : round.bids()) {
                px.score(panel.panelId(), member, bid, 2, true);
            }
        }
    }

    @Test
    void aPanellistSeesOnlyTheBidsTheyScoredNeverAConflictedOneAndNoNames() {
        var board = px.fx.as(panel.members().getFirst(), () -> moderation.board(panel.panelId()));
        assertThat(board.forOfficer()).isFalse();
        assertThat(board.rows()).extracting(Moderation.BoardRow::applicationId).containsExactly(round.bids().get(1));
        assertThat(board.reviewerNames().values()).containsOnly("1", "2", "3");
        var officers = px.fx.as(ApplicationFixtures.OFFICER, () -> moderation.board(panel.panelId()));
        assertThat(officers.rows()).hasSize(3);
        assertThat(officers.rows()).filteredOn(r -> r.applicationId() == round.bids().getFirst())
                .singleElement().satisfies(r -> {
                    assertThat(r.reviewers()).isEqualTo(2);
                    assertThat(r.flags()).contains(org.communitychest.panels.calc.ScoreFlags.BidFlag.TOO_FEW_REVIEWERS);
                });
        assertThat(officers.calibration().design()).isEqualTo(org.communitychest.panels.calc.Calibration.Design.INCOMPLETE);
    }

    @Test
    void moderationNeedsTheModerationStageAndAReason() {
        px.fx.as(ApplicationFixtures.OFFICER, () -> {
            assertThatThrownBy(() -> moderation.moderate(panel.panelId(), round.bids().getFirst(), 80.0, "why"))
                    .as("still scoring").isInstanceOf(InvalidInputException.class);
            px.panels.closeScoring(panel.panelId());
            assertThatThrownBy(() -> moderation.moderate(panel.panelId(), round.bids().getFirst(), 180.0, ""))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("score",
                            "reason"));
            moderation.moderate(panel.panelId(), round.bids().getFirst(), 80.0, "Strong local support");
            var row = moderation.board(panel.panelId()).rows().getFirst();
            assertThat(row.applicationId()).isEqualTo(round.bids().getFirst());
            assertThat(row.rankingScore()).isEqualTo(80.0);
        });
        assertThatThrownBy(() -> px.fx.as(panel.members().get(1), () -> moderation.moderate(panel.panelId(),
                round.bids().getFirst(), 10.0, "I disagree")))
                .as("panellists do not set moderated scores")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDecisionNeedsAMajorityStaysWithinThePotAndIsReleasedOnce() {
        px.fx.as(ApplicationFixtures.OFFICER, () -> {
            px.panels.closeScoring(panel.panelId());
            var members = px.panels.members(panel.panelId());
            long one = members.getFirst().memberId();
            assertThatThrownBy(() -> decisions.record(panel.panelId(), new DecisionForm(AllocationMethod.GREEDY, 3,
                    Set.of(one), List.of()))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("votes"));
            var all = Set.copyOf(members.stream().map(MemberRow::memberId).toList());
            var summary = decisions.record(panel.panelId(), new DecisionForm(AllocationMethod.GREEDY, 3, all,
                    List.of(new DecisionForm.Override(round.bids().get(2), BidOutcome.PART_FUNDED, Money.ofPounds(500),
                            "The panel funds the walks but not the leaflets"))));
            assertThat(summary.bids()).hasSize(3);
            assertThat(summary.total()).isEqualTo(Money.ofPounds(1_250 * 2 + 500));
            assertThatThrownBy(() -> decisions.record(panel.panelId(), new DecisionForm(AllocationMethod.GREEDY, 3,
                    all, List.of()))).as("once").isInstanceOf(InvalidInputException.class);
            var released = decisions.release(summary.roundId());
            assertThat(released.released()).isEqualTo(3);
            assertThat(decisions.release(summary.roundId()).changedNothing()).isTrue();
            assertThatThrownBy(() -> decisions.editFeedback(summary.roundId(), round.bids().get(2), "Later"))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(px.fx.status(round.bids().get(2)))
                .isEqualTo(org.communitychest.applications.ApplicationStatus.PART_FUNDED);
    }
}

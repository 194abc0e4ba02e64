package org.communitychest.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.PanelBids;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A panellist's declarations and scores, as the services enforce them whatever a screen shows. */
class PanelScoringTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PanelBids panelBids;
    PanelFixtures px;
    PanelFixtures.Scored round;
    PanelFixtures.Seated panel;

    @BeforeEach
    void roundAndPanel() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Scoring rules", 2);
        panel = px.panel(round.roundId(), 3);
    }

    @Test
    void bidsStayClosedUntilTheGuidanceIsConfirmedAndTheConflictDeclared() {
        String member = panel.members().getFirst();
        long bid = round.bids().getFirst();
        px.fx.as(member, () -> {
            assertThatThrownBy(() -> px.scoring.declare(panel.panelId(), bid, false, null))
                    .isInstanceOf(InvalidInputException.class);
            px.scoring.confirmGuidance(panel.panelId());
            assertThat(px.scoring.bids(panel.panelId())).extracting(BidLine::state)
                    .containsOnly(BidState.TO_DECLARE);
            assertThatThrownBy(() -> px.scoring.bid(panel.panelId(), bid))
                    .as("content before the declaration").isInstanceOf(RecordNotFoundException.class);
            px.scoring.declare(panel.panelId(), bid, false, null);
            assertThat(px.scoring.bid(panel.panelId(), bid).bid().projectTitle()).isEqualTo("Project 0");
        });
    }

    @Test
    void aConflictedMemberGetsNotFoundForTheBidEverywhere() {
        String member = panel.members().getFirst();
        long bid = round.bids().getFirst();
        px.fx.as(member, () -> {
            px.scoring.confirmGuidance(panel.panelId());
            assertThatThrownBy(() -> px.scoring.declare(panel.panelId(), bid, true, "  "))
                    .as("a conflict needs its reason").isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("reason"));
            px.scoring.declare(panel.panelId(), bid, true, "I volunteer with this group");
            assertThatThrownBy(() -> px.scoring.bid(panel.panelId(), bid)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> panelBids.details(round.roundId(), bid))
                    .as("the applications service refuses too").isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> px.scoring.mark(panel.panelId(), bid,
                    px.scoring.round(panel.panelId()).criteria().getFirst().id(), 3, "x"))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> px.scoring.declare(panel.panelId(), bid, false, null))
                    .as("a declaration is final").isInstanceOf(InvalidInputException.class);
        });
        px.fx.as(ApplicationFixtures.OFFICER, () -> assertThat(px.panels.declarations(panel.panelId()))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflicted()).isTrue();
                    assertThat(d.reason()).isEqualTo("I volunteer with this group");
                }));
    }

    @Test
    void someoneNotOnThePanelSeesNothingOfIt() {
        String outsider = px.fx.newStaff("Not On Panel", px.fx.thtId(), org.communitychest.security.Role.PANELLIST);
        px.fx.as(outsider, () -> {
            assertThat(px.scoring.myPanels()).isEmpty();
            assertThatThrownBy(() -> px.scoring.bids(panel.panelId())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> panelBids.bids(round.roundId())).isInstanceOf(RecordNotFoundException.class);
        });
    }

    @Test
    void othersScoresStayHiddenUntilTheMemberSubmitsTheirOwn() {
        long bid = round.bids().getFirst();
        px.score(panel.panelId(), panel.members().get(1), bid, 4, true);
        px.score(panel.panelId(), panel.members().get(2), bid, 2, true);
        String member = panel.members().getFirst();
        px.score(panel.panelId(), member, bid, 3, false);
        px.fx.as(member, () -> {
            var draft = px.scoring.bid(panel.panelId(), bid);
            assertThat(draft.others()).isEmpty();
            assertThat(draft.panelMean()).isEmpty();
            px.scoring.submit(panel.panelId(), bid);
            var submitted = px.scoring.bid(panel.panelId(), bid);
            assertThat(submitted.myWeightedScore()).isEqualTo(75.0);
            assertThat(submitted.others()).extracting(OtherScore::weightedScore).containsExactlyInAnyOrder(100.0,
                    50.0);
            assertThat(submitted.panelMean()).hasValue(75.0);
        });
    }

    @Test
    void submittingNeedsEveryCriterionScoredWithAComment() {
        String member = panel.members().getFirst();
        long bid = round.bids().getFirst();
        px.fx.as(member, () -> {
            px.scoring.confirmGuidance(panel.panelId());
            px.scoring.declare(panel.panelId(), bid, false, null);
            var criteria = px.scoring.round(panel.panelId()).criteria();
            px.scoring.mark(panel.panelId(), bid, criteria.getFirst().id(), 3, "   ");
            assertThatThrownBy(() -> px.scoring.submit(panel.panelId(), bid))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys(
                            PanelScoring.commentField(criteria.get(0).id()), PanelScoring.levelField(criteria.get(1).id()),
                            PanelScoring.commentField(criteria.get(1).id())));
            assertThatThrownBy(() -> px.scoring.mark(panel.panelId(), bid, criteria.getFirst().id(), 7, "x"))
                    .as("a level off the scale").isInstanceOf(InvalidInputException.class);
            assertThat(px.scoring.bid(panel.panelId(), bid).mine(criteria.getFirst().id()).level()).isEqualTo(3);
        });
    }

    @Test
    void aSubmittedScoreChangesOnlyByAnAmendmentThatKeepsTheOriginal() {
        String member = panel.members().getFirst();
        long bid = round.bids().getFirst();
        px.score(panel.panelId(), member, bid, 2, true);
        px.fx.as(member, () -> {
            long criterion = px.scoring.round(panel.panelId()).criteria().getFirst().id();
            assertThatThrownBy(() -> px.scoring.mark(panel.panelId(), bid, criterion, 4, "Better"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> px.scoring.amend(panel.panelId(), bid, criterion, 4, "Better", ""))
                    .as("an amendment needs its reason").isInstanceOf(InvalidInputException.class);
            px.scoring.amend(panel.panelId(), bid, criterion, 4, "Strong local evidence", "I misread the budget");
            var after = px.scoring.bid(panel.panelId(), bid);
            assertThat(after.mine(criterion).level()).isEqualTo(4);
            assertThat(after.amendments()).singleElement().satisfies(a -> {
                assertThat(a.originalLevel()).isEqualTo(2);
                assertThat(a.amendedLevel()).isEqualTo(4);
                assertThat(a.reason()).isEqualTo("I misread the budget");
            });
        });
    }

    @Test
    void twoSimultaneousDeclarationsMakeOneScoreSheet() throws Exception {
        String member = panel.members().getFirst();
        long bid = round.bids().getFirst();
        px.fx.as(member, () -> px.scoring.confirmGuidance(panel.panelId()));
        var start = new CountDownLatch(1);
        Callable<Boolean> declare = () -> {
            px.fx.signInAs(member);
            try {
                start.await();
                px.scoring.declare(panel.panelId(), bid, false, null);
                return true;
            } catch (RuntimeException e) {
                return false;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(declare);
            Future<Boolean> second = pool.submit(declare);
            start.countDown();
            assertThat(first.get() ^ second.get()).as("exactly one declaration succeeds").isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(px.fx.jdbc.queryForObject("select count(*) from score_sheet where application_id = ?",
                Integer.class, bid)).isEqualTo(1);
    }
}

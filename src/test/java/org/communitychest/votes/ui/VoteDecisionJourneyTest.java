package org.communitychest.votes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Money;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.DecisionForm;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.DecisionMode;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.base.ui.NotFoundView;
import org.communitychest.votes.Ballots;
import org.communitychest.votes.PublishedVotes;
import org.communitychest.votes.VotePaths;
import org.communitychest.votes.count.PabulibFile;
import org.communitychest.votes.VoteSettings;
import org.communitychest.votes.Votes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A residents' vote from ballot to release: a resident votes with a printed code and changes their ballot, the vote
 * closes, the officer reads both counts (approvals alone fund the two bids of the larger group; equal shares funds
 * one of them and the smaller group's bid), records the equal-shares list with who approved it, and releases it,
 * through the same decision record and release as a panel's.
 */
class VoteDecisionJourneyTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Votes votes;
    @Autowired
    Ballots ballots;
    @Autowired
    PanelDecisions decisions;
    @Autowired
    PublishedVotes publishedVotes;
    PanelFixtures px;
    PanelFixtures.Scored round;
    long voteId;
    List<String> codes;

    @BeforeEach
    void openVote() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Vote decision", 3);
        codes = px.fx.as(ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            var vote = votes.save(round.roundId(), new VoteSettings(DecisionMode.VOTE, now.minusSeconds(60),
                    now.plus(Duration.ofDays(3)), Money.ofPence(250_000), 1, 0, false, round.bids()));
            voteId = vote.id();
            var printed = votes.printCodes(vote.id(), 5).codes();
            votes.open(vote.id());
            return printed;
        });
    }

    @Test
    void aResidentVotesTheVoteClosesAndTheOfficerRecordsAndReleasesTheEqualSharesList() throws Exception {
        long a = round.bids().get(0);
        long b = round.bids().get(1);
        long c = round.bids().get(2);
        navigate("vote?code=" + codes.getFirst());
        var ballot = _get(BallotView.class).ballot;
        var projects = ballot.ticks.getListDataView().getItems().toList();
        _setValue(ballot.ticks, Set.of(projects.get(0)));
        _click(ballot.cast);
        _setValue(ballot.ticks, Set.of(projects.get(2)));
        _click(ballot.cast);
        assertThat(ballot.result.getText()).contains("1 project ticked");
        ballots.cast(ballots.withCode(codes.get(1)).pass(), Set.of(c));
        for (String code : codes.subList(2, 5)) {
            ballots.cast(ballots.withCode(code).pass(), Set.of(a, b));
        }

        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.vote(round.roundId()));
        var votePage = _get(VoteView.class);
        _click(votePage.close);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        navigate(RoundsNavigation.vote(round.roundId()) + "/result");
        var result = _get(VoteResultView.class);
        assertThat(result.summary.getText()).startsWith("5 ballots were cast");
        assertThat(result.difference.getText()).startsWith("The two counts fund different bids");
        assertThat(result.equalShares.getElement().getTextRecursively()).contains("Project 2");
        assertThat(result.greedy.getElement().getTextRecursively()).contains("£1,250: 2 approvals, but only £0.00 was left");

        _click(result.record);
        assertThat(result.method.isInvalid()).isTrue();
        assertThat(result.method.getErrorMessage()).isEqualTo("Choose the count whose list is the decision");
        _setValue(result.method, AllocationMethod.EQUAL_SHARES);
        _click(result.record);
        assertThat(result.approvedBy.isInvalid()).as("refused beside the field, and typed choices kept").isTrue();
        assertThat(result.method.getValue()).isEqualTo(AllocationMethod.EQUAL_SHARES);
        assertThat(decisions.ofRound(round.roundId())).as("nothing recorded").isEmpty();
        _setValue(result.approvedBy, "The steering group (Amina Begum, Tom Hughes), 2 December");
        _click(result.record);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(RoundsNavigation.decision(round.roundId()));
        var decision = decisions.ofRound(round.roundId()).orElseThrow();
        assertThat(decision.method()).isEqualTo(AllocationMethod.EQUAL_SHARES);
        assertThat(decision.approvedBy()).startsWith("The steering group");
        assertThat(decision.total()).isEqualTo(Money.ofPence(250_000));
        assertThat(decision.bids()).filteredOn(l -> l.applicationId() == c).singleElement()
                .satisfies(l -> assertThat(l.outcome().name()).isEqualTo("FUNDED"));
        var unfunded = decision.bids().stream().filter(l -> l.outcome().name().equals("NOT_FUNDED")).toList();
        assertThat(unfunded).singleElement().satisfies(l -> assertThat(l.feedback())
                .startsWith("In the residents' vote your bid was not funded: 3 approvals, but its supporters' share"));
        assertThat(px.fx.jdbc.queryForObject("select status from funding_round where id = ?", String.class,
                round.roundId())).isEqualTo(RoundStatus.DECIDED.name());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Residents' vote, counted by equal shares")
                        .contains("Approved by The steering group"));

        logout();
        navigate(VotePaths.publicResult(round.roundId()));
        assertThat(_find(NotFoundView.class)).as("no public result before the release").hasSize(1);
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.decision(round.roundId()));
        _click(_get(Button.class, spec -> spec.withText("Release the decisions")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(px.fx.status(c)).isEqualTo(ApplicationStatus.FUNDED);
        assertThat(px.fx.status(unfunded.getFirst().applicationId())).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(px.fx.jdbc.queryForObject("select decision_feedback from application where id = ?", String.class,
                unfunded.getFirst().applicationId())).contains("of the £1,250 needed");

        navigate(RoundsNavigation.vote(round.roundId()) + "/result");
        var after = _get(VoteResultView.class);
        assertThat(after.decisionCard.isVisible()).as("recorded once").isFalse();
        assertThat(after.recorded.getElement().getTextRecursively()).contains("recorded and released");

        logout();
        navigate(VotePaths.publicResult(round.roundId()));
        var published = _get(PublicVoteResultView.class);
        assertThat(published.summary.getText()).startsWith("5 ballots were cast for a pot of £2,500.");
        assertThat(published.method.getText()).contains("an equal share to spend on the projects they ticked: £625.00,");
        assertThat(published.funded.getElement().getTextRecursively()).contains("Project 2",
                "2 voters ticked it, and their shares paid for it.", "Awarded £1,250.");
        assertThat(published.notFunded.getElement().getTextRecursively())
                .contains("3 voters ticked it, but what was left of their shares came to");
        assertThat(published.download.getChildren().count()).isEqualTo(1);
        var file = PabulibFile.read(publishedVotes.pabulib(round.roundId()).orElseThrow());
        assertThat(file.meta()).containsEntry("rule", "equalshares/add1").containsEntry("num_votes", "5");
        assertThat(file.selected()).contains(String.valueOf(c)).hasSize(2);
        navigate("vote?code=" + codes.getFirst());
        assertThat(_get(BallotView.class).ballot.resultLink.isVisible()).as("the ballot links to the result").isTrue();
    }

    @Test
    void aPanelCannotRecordItsOwnListForARoundTheResidentsDecide() {
        var panel = px.panel(round.roundId(), 2);
        px.fx.as(ApplicationFixtures.OFFICER, () -> {
            px.panels.closeScoring(panel.panelId());
            return null;
        });
        assertThatThrownBy(() -> px.fx.as(ApplicationFixtures.OFFICER, () -> decisions.record(panel.panelId(),
                new DecisionForm(AllocationMethod.OPTIMAL, 2, Set.of(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("method")
                        .key()).isEqualTo("staff.panels.decision.vote-round"));
        assertThat(px.fx.as(ApplicationFixtures.OFFICER, () -> decisions.ofRound(round.roundId()))).isEmpty();
    }
}

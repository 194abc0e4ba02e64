package org.communitychest.votes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDateTime;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.rounds.DecisionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An officer sets up a round's vote: a refused setting beside its field, then saved; residents invited by email
 * (queued, and the page says so); codes made with their cards to print; the vote opened, then closed; turnout.
 */
class VoteViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    PanelFixtures px;
    PanelFixtures.Scored round;

    @BeforeEach
    void closedRound() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Vote set-up", 3);
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.vote(round.roundId()));
    }

    @Test
    void setUpInviteMakeCodesOpenAndClose() {
        var page = _get(VoteView.class);
        assertThat(page.state.getText()).contains("no vote");
        assertThat(page.bids.getValue()).as("every eligible bid by default").hasSize(3);
        var now = LocalDateTime.now(London.ZONE).withSecond(0).withNano(0);
        _setValue(page.opensAt, now.minusHours(1));
        _setValue(page.closesAt, now.minusMinutes(30));
        _click(page.save);
        assertThat(page.mode.isInvalid()).isTrue();
        assertThat(page.closesAt.isInvalid()).isTrue();
        _setValue(page.mode, DecisionMode.VOTE);
        _setValue(page.closesAt, now.plusDays(7));
        _setValue(page.maxTicks, 2);
        _click(page.save);
        assertThat(page.settingsResult.getText()).isEqualTo("The settings are saved.");
        _setValue(page.maxTicks, 3);
        _click(page.save);
        assertThat(page.settingsResult.getText()).isEqualTo("The settings are saved.");

        String resident = ApplicationFixtures.uniqueEmail("voter");
        _setValue(page.emails, resident + "\nnot-an-email");
        _click(page.invite);
        assertThat(page.emails.isInvalid()).isTrue();
        assertThat(page.emails.getValue()).as("nothing typed is lost").contains(resident);
        _setValue(page.emails, resident);
        _click(page.invite);
        assertThat(page.votersResult.getText()).contains("queued").doesNotContain("sent to");
        _setValue(page.codeCount, 10);
        _click(page.makeCodes);
        assertThat(page.votersResult.getText()).contains("10 codes are made");
        assertThat(page.codesDownload.getChildren().count()).isEqualTo(1);
        assertThat(page.turnout.getText()).startsWith("0 of 11 invited voters have voted");

        _click(page.open);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.state.getText()).startsWith("Open for ballots");
        assertThat(page.save.isVisible()).isFalse();
        assertThat(page.pot.isReadOnly()).isTrue();
        _click(page.close);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.state.getText()).startsWith("Closed on");

        String projects = round.bids().stream().map(id -> id + ";1250;Bid " + id)
                .collect(java.util.stream.Collectors.joining("\n"));
        String votesSection = "VOTES\nvoter_id;vote\n1;" + round.bids().get(0) + "\n2;" + round.bids().get(0) + ","
                + round.bids().get(1) + "\n3;" + round.bids().get(2) + "\n";
        String meta = "META\nkey;value\nnum_projects;3\nnum_votes;3\nbudget;2500\nvote_type;approval\n"
                + "rule;equalshares/add1\nPROJECTS\nproject_id;cost;name\n";
        _upload(page.load, "paper.pb", "text/plain", (meta + projects + "\n999999;1250;Elsewhere\n" + votesSection)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.loadResult.getText()).contains("999999").contains("not on this vote's ballot");
        _upload(page.load, "paper.pb", "text/plain", (meta.replace("vote_type;approval", "vote_type;ordinal")
                + projects + "\n" + votesSection).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.loadResult.getText()).isEqualTo("Line 6 of the file: the vote_type is ordinal; only approval"
                + " votes can be added.");
        _upload(page.load, "paper.pb", "text/plain", (meta + projects + "\n" + votesSection)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.loadResult.getText()).isEqualTo("3 ballots from paper.pb are added.");
        long voteId = px.fx.jdbc.queryForObject("select id from vote where round_id = ?", Long.class,
                round.roundId());
        assertThat(px.fx.jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, voteId))
                .isEqualTo(3);
    }

    @Test
    void aVoteAfterThePanelTicksThePanelsShortlistDownToTwiceThePot() {
        var panel = px.panel(round.roundId(), 2);
        int[] levels = {4, 3, 1};
        for (int b = 0; b < 3; b++) {
            for (String member : panel.members()) {
                px.score(panel.panelId(), member, round.bids().get(b), levels[b], true);
            }
        }
        px.fx.jdbc.update("update funding_round set pot_pence = 150000 where id = ?", round.roundId());
        navigate(RoundsNavigation.vote(round.roundId()));
        var page = _get(VoteView.class);
        _setValue(page.mode, DecisionMode.PANEL_THEN_VOTE);
        assertThat(page.shortlistNote.getText()).startsWith("The panel's shortlist is ticked");
        assertThat(page.bids.getValue()).as("£2,500 of bids fit twice the £1,500 pot; the third does not")
                .extracting(b -> b.id()).containsExactlyInAnyOrder(round.bids().get(0), round.bids().get(1));
        _setValue(page.mode, DecisionMode.VOTE);
        _setValue(page.mode, DecisionMode.PANEL_THEN_VOTE);
        assertThat(page.bids.getValue()).as("the same shortlist when chosen again").hasSize(2);
    }
}

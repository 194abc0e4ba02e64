package org.communitychest.panels.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDateTime;
import java.util.List;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.panels.MemberInvitation;
import org.communitychest.panels.MemberKind;
import org.communitychest.panels.MemberRow;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * While scoring is open the officer keeps the panel going: sends an invitation again (a new link for someone who
 * has not chosen a password, the old one stops working; a reminder for someone who has), removes a member who has
 * submitted nothing (never one who has), and moves the deadline, with every member emailed. Each acts twice.
 */
class RoundPanelMembersViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    PanelFixtures px;
    PanelFixtures.Scored round;
    PanelFixtures.Seated seated;
    String resident;

    @BeforeEach
    void panelInScoring() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Panel members", 1);
        seated = px.panel(round.roundId(), 3);
        resident = ApplicationFixtures.uniqueEmail("resident");
        px.fx.as(ApplicationFixtures.OFFICER, () -> px.panels.invite(seated.panelId(),
                new MemberInvitation("Rahima Khatun", resident, MemberKind.RESIDENT)));
        px.score(seated.panelId(), seated.members().get(0), round.bids().get(0), 3, true);
        px.score(seated.panelId(), seated.members().get(1), round.bids().get(0), 2, false);
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.panel(round.roundId()));
    }

    @Test
    void sendAnInvitationAgainToSomeoneWhoHasNotSignedInAndARemindertoSomeoneWhoHas() {
        var page = _get(RoundPanelView.class);
        _click(button(page, resident, 0));
        _click(button(page, resident, 0));
        assertThat(page.memberResult.getText()).contains("Rahima Khatun").contains("queued")
                .doesNotContain("was sent");
        assertThat(mails(resident, "panel-invitation")).as("the first and two more").isEqualTo(3);
        assertThat(px.fx.jdbc.queryForObject("select count(*) from one_time_token t join app_user u on u.id ="
                + " t.user_id where u.email = ? and t.used_at is null", Integer.class, resident))
                .as("only the newest link still works").isEqualTo(1);

        String colleague = seated.members().get(2);
        _click(button(page, colleague, 0));
        assertThat(mails(colleague, "panel-added")).isEqualTo(2);
        assertThat(mails(colleague, "panel-invitation")).isZero();
    }

    @Test
    void removeMembersWhoHaveSubmittedNothingButNeverOneWhoHas() {
        var page = _get(RoundPanelView.class);
        String scorer = seated.members().get(0);
        assertThat(actions(page, scorer).getChildren().count()).as("no Remove for someone who has submitted")
                .isEqualTo(1);
        assertThatThrownBy(() -> px.panels.removeMember(seated.panelId(), row(page, scorer).memberId()))
                .isInstanceOf(InvalidInputException.class);

        String drafter = seated.members().get(1);
        _click(button(page, drafter, 1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.memberResult.getText()).contains("is no longer on the panel");
        _click(button(page, seated.members().get(2), 1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_size(page.members)).isEqualTo(2);
        assertThat(GridKt._findAll(page.members).stream().map(MemberRow::email).toList())
                .containsExactly(scorer, resident);
        assertThat(px.fx.jdbc.queryForObject("select count(*) from score_sheet where application_id = ?",
                Integer.class, round.bids().get(0))).as("the draft went with its member").isEqualTo(1);
    }

    @Test
    void moveTheScoringDeadlineAndEveryMemberIsEmailed() {
        var page = _get(RoundPanelView.class);
        var later = LocalDateTime.now(London.ZONE).plusDays(3).withSecond(0).withNano(0);
        _setValue(page.scoringClosesAt, later);
        _click(page.moveDeadline);
        _setValue(page.scoringClosesAt, later.plusDays(1));
        _click(page.moveDeadline);
        assertThat(page.stage.getText()).contains("open until").contains(London.format(London.toInstant(
                later.plusDays(1))));
        assertThat(px.fx.jdbc.queryForObject("select count(*) from mail_message where template ="
                + " 'panel-scoring-deadline' and recipient in (?, ?, ?, ?)", Integer.class,
                seated.members().get(0), seated.members().get(1), seated.members().get(2), resident))
                .as("four members, twice").isEqualTo(8);

        _setValue(page.scoringClosesAt, LocalDateTime.now(London.ZONE).minusHours(1));
        _click(page.moveDeadline);
        assertThat(page.scoringClosesAt.isInvalid()).isTrue();
        assertThat(page.stage.getText()).as("unchanged").contains(London.format(London.toInstant(
                later.plusDays(1))));
    }

    private int mails(String recipient, String template) {
        return px.fx.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
                Integer.class, recipient, template);
    }

    private MemberRow row(RoundPanelView page, String email) {
        List<MemberRow> rows = GridKt._findAll(page.members);
        return rows.stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    private Component actions(RoundPanelView page, String email) {
        List<MemberRow> rows = GridKt._findAll(page.members);
        return _getCellComponent(page.members, rows.indexOf(row(page, email)), "actions");
    }

    private Button button(RoundPanelView page, String email, int index) {
        return (Button) actions(page, email).getChildren().toList().get(index);
    }
}

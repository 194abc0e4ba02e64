package org.communitychest.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.panels.MemberKind;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An officer sets up a round's panel and invites its members: a resident with no account gets one with the
 * panellist role and an invitation mail (queued, and the page says so, never "sent"); a colleague is added as they
 * are; the same person twice is refused beside the email field; the form acts twice on one page.
 */
class RoundPanelViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    long roundId;

    @BeforeEach
    void publishedRound() {
        fx = new ApplicationFixtures(context);
        roundId = fx.openRound("Panel setup " + UUID.randomUUID()).id();
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.panel(roundId));
    }

    @Test
    void setUpThePanelAndInviteResidentsAndColleagues() {
        var page = _get(RoundPanelView.class);
        _click(page.create);

        String resident = ApplicationFixtures.uniqueEmail("resident");
        _setValue(page.name, "Rahima Khatun");
        _setValue(page.email, resident);
        _click(page.invite);
        assertThat(page.kind.isInvalid()).as("resident, partner or staff must be chosen").isTrue();
        _setValue(page.kind, MemberKind.RESIDENT);
        _click(page.invite);
        assertThat(page.inviteResult.getText()).contains("Rahima Khatun is on the panel").contains("queued")
                .doesNotContain("was sent").doesNotContain("has been sent");
        assertThat(page.email.getValue()).as("the form is ready for the next person").isEmpty();
        assertThat(fx.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template ="
                + " 'panel-invitation'", Integer.class, resident)).isEqualTo(1);
        assertThat(fx.jdbc.queryForObject("select r.role from user_role r join app_user u on u.id = r.user_id"
                + " where u.email = ?", String.class, resident)).isEqualTo("PANELLIST");

        String colleague = fx.newStaff("Colin Colleague", fx.thtId(), org.communitychest.security.Role.OFFICER);
        _setValue(page.email, colleague);
        _setValue(page.kind, MemberKind.STAFF);
        _click(page.invite);
        assertThat(fx.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template ="
                + " 'panel-added'", Integer.class, colleague)).isEqualTo(1);
        assertThat(_size(page.members)).isEqualTo(2);

        _setValue(page.email, resident);
        _setValue(page.kind, MemberKind.RESIDENT);
        _click(page.invite);
        assertThat(page.email.isInvalid()).isTrue();
        assertThat(page.email.getErrorMessage()).contains("already on the panel");
        assertThat(_size(page.members)).isEqualTo(2);
    }

    @Test
    void anApplicantsAccountCannotJoinThePanel() {
        var page = _get(RoundPanelView.class);
        _click(page.create);
        _setValue(page.email, ApplicationFixtures.AMINA);
        _setValue(page.kind, MemberKind.RESIDENT);
        _click(page.invite);
        assertThat(page.email.getErrorMessage()).contains("outside your partnership");
        assertThat(_size(page.members)).isZero();
    }
}

package org.communitychest.security.ui;

import org.communitychest.base.i18n.English;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.audit.AuditRecord;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.communitychest.security.UserSummary;
import org.communitychest.base.Language;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;

/** An administrator's people: inviting someone, the invitation link, and changing roles (audited). */
class UsersViewTest extends KaribuTest {

    private UsersView openAsAdmin() {
        loginAs("admin@example.org");
        navigate("admin/users");
        return (UsersView) currentView();
    }

    private static UserSummary row(UsersView view, String email) {
        return _findAll(view.grid).stream().filter(u -> u.email().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed"));
    }

    private static int rowIndex(UsersView view, String email) {
        List<UserSummary> all = _findAll(view.grid);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).email().equals(email)) {
                return i;
            }
        }
        throw new AssertionError(email + " is not listed");
    }

    private static UsersView.InviteDialog invite(UsersView view, String name, String email, Set<Role> roles) {
        _click(view.invite);
        var dialog = _get(UsersView.InviteDialog.class);
        _setValue(dialog.name, name);
        _setValue(dialog.email, email);
        _setValue(dialog.roles, roles);
        _click(_get(dialog, Button.class, spec -> spec.withText("Send invitation")));
        return dialog;
    }

    @Test
    void anInvitationSentFromABengaliPageNamesTheRolesInBengali() {
        String email = uniqueEmail("bilkis");
        var view = openAsAdmin();
        UI.getCurrent().setLocale(Language.BENGALI.locale());

        invite(view, "Bilkis Begum", email, Set.of(Role.PANELLIST, Role.OFFICER));

        var mail = latestMailTo(email);
        assertThat(mail.template()).isEqualTo("invitation");
        assertThat(mail.text()).as("the invitee has no language yet: the page's")
                .contains("প্যানেল সদস্য এবং অফিসার হিসেবে").doesNotContain("panellist", "officer", "Panellist");
    }

    @Test
    void invitedPersonAcceptsAndSignsInWithTheInvitedRole() {
        String email = uniqueEmail("ines");
        var view = openAsAdmin();
        int before = _size(view.grid);

        var dialog = invite(view, "Ines Invited", email, Set.of(Role.OFFICER));

        expectNotifications("An invitation to " + email + " is queued; it will be sent when mail is set up on this"
                + " portal.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        var listed = row(view, email);
        assertThat(listed.roles()).containsExactly(Role.OFFICER);
        assertThat(listed.active()).isFalse();

        var mail = latestMailTo(email);
        assertThat(mail.template()).isEqualTo("invitation");
        assertThat(mail.partnershipId()).isEqualTo(thtId());
        assertThat(mail.subject()).isEqualTo("Daniel Okafor invited you to Tower Hamlets Together on Community Chest");
        assertThat(mail.link()).startsWith("http://localhost:8080/accept-invitation?token=");

        logout();
        assertThat(loginFails(email)).as("no password yet, so no sign-in").isTrue();
        navigate(mail.location());
        var accept = (AcceptInvitationView) currentView();
        assertThat(accept.name.getValue()).isEqualTo("Ines Invited");
        assertThat(accept.alertText()).isEqualTo(
                "You have been invited as officer (" + email + "). Choose a password to start.");
        _setValue(accept.name, "Inès Invited");
        _setValue(accept.password, GOOD_PASSWORD);
        _setValue(accept.confirmPassword, GOOD_PASSWORD);
        _click(accept.accept);

        var login = (LoginView) currentView();
        assertThat(login.alertText()).isEqualTo("Your account is ready. Sign in to start.");
        _setValue(login.email, email);
        _setValue(login.password, GOOD_PASSWORD);
        _click(login.signIn);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Inès Invited");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_OFFICER");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel).doesNotContain("Users");

        logout();
        navigate(mail.location());
        assertThat(_get(H1.class).getText()).as("used invitation").isEqualTo("This invitation does not work");
    }

    @Test
    void anInvitationWithoutNameOrEmailIsRefusedInWordsForTheInviter() {
        var view = openAsAdmin();
        int before = _size(view.grid);
        for (int attempt = 1; attempt <= 2; attempt++) {
            var dialog = invite(view, "", "", Set.of(Role.OFFICER));
            assertThat(dialog.isOpened()).as("attempt %d", attempt).isTrue();
            assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the name of the person you are inviting");
            assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter their email address");
            dialog.close();
        }
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void acceptingWithABadPasswordIsRefusedAndTheLinkStillWorks() {
        String email = uniqueEmail("careful");
        invite(openAsAdmin(), "Cara Careful", email, Set.of(Role.PANELLIST));
        var mail = latestMailTo(email);
        logout();

        navigate(mail.location());
        var accept = (AcceptInvitationView) currentView();
        _setValue(accept.name, "");
        _setValue(accept.password, "password123");
        _setValue(accept.confirmPassword, "password123");
        _click(accept.accept);

        assertThat(currentView()).isSameAs(accept);
        assertThat(accept.name.getErrorMessage()).isEqualTo("Enter your name");
        assertThat(accept.password.getErrorMessage())
                .isEqualTo("This password is too easy to guess. Three random words make a strong password.");

        _setValue(accept.name, "Cara Careful");
        _setValue(accept.password, GOOD_PASSWORD);
        _setValue(accept.confirmPassword, GOOD_PASSWORD);
        _click(accept.accept);
        assertThat(currentView()).isInstanceOf(LoginView.class);
        loginAs(email, GOOD_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_PANELLIST");
    }

    private boolean loginFails(String email) {
        var login = LoginPage.signIn(email, "anything-at-all");
        return currentView() == login && login.alertText().startsWith("That email and password do not match");
    }

    @Test
    void invitationExpiresAfterSevenDays() {
        String email = uniqueEmail("late-invite");
        invite(openAsAdmin(), "Lara Late", email, Set.of(Role.PANELLIST));
        var mail = latestMailTo(email);
        logout();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        navigate(mail.location());

        assertThat(_get(H1.class).getText()).isEqualTo("This invitation does not work");
    }

    @Test
    void badInvitationIsRefusedBesideTheFieldsAndSavesNothing() {
        var view = openAsAdmin();
        long users = userCount();
        long mails = mailCount();

        var dialog = invite(view, "x".repeat(101), "officer@example.org", Set.of());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Their name must be 100 characters or fewer (it has 101)");
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Someone already has an account with this email address");
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role");
        assertThat(userCount()).isEqualTo(users);
        assertThat(mailCount()).isEqualTo(mails);
    }

    @Test
    void changingRolesIsSavedAndAudited() {
        String email = uniqueEmail("rory");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Rory Roles", thtId(), Set.of(Role.PANELLIST), GOOD_PASSWORD));
        var view = openAsAdmin();

        _clickItem(view.grid, rowIndex(view, email), 0, false, false,
                false, false);
        var dialog = _get(UsersView.RolesDialog.class);
        assertThat(dialog.roles.getValue()).containsExactly(Role.PANELLIST);
        _setValue(dialog.roles, Set.of(Role.PANELLIST, Role.OFFICER));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save roles")));

        expectNotifications("Roles of Rory Roles saved");
        assertThat(row(view, email).roles()).containsExactlyInAnyOrder(Role.PANELLIST, Role.OFFICER);

        navigate("admin/audit");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Action")), "ROLES_CHANGED");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> audit = _get(Grid.class);
        var entry = _findAll(audit).stream().filter(r -> r.subjectId().equals(String.valueOf(userId(email))))
                .findFirst().orElseThrow(() -> new AssertionError("no ROLES_CHANGED entry for " + email));
        assertThat(entry.actor()).isEqualTo("admin@example.org");
        assertThat(entry.subjectType()).isEqualTo("User");
        assertThat(entry.before()).isEqualTo("PANELLIST");
        assertThat(entry.after()).isEqualTo("PANELLIST,OFFICER");

        logout();
        loginAs(email, GOOD_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_PANELLIST", "ROLE_OFFICER");
    }

    private static void confirmApplicant(UsersView view, String email) {
        _click(view.confirmApplicant);
        var dialog = _get(UsersView.ConfirmApplicantDialog.class);
        _setValue(dialog.email, email);
        _click(dialog.confirm);
    }

    @Test
    void anAdministratorConfirmsTheEmailOfSomeoneWhoRegisteredSoTheyCanSignIn() {
        String email = uniqueEmail("nadia");
        navigate("register");
        var register = (RegisterView) currentView();
        _setValue(register.name, "Nadia Newcomer");
        _setValue(register.email, email);
        _setValue(register.password, GOOD_PASSWORD);
        _setValue(register.confirmPassword, GOOD_PASSWORD);
        _click(register.create);
        assertThat(LoginPage.signIn(email, GOOD_PASSWORD).alertText()).as("not confirmed yet")
                .startsWith("Please confirm your email address first");

        var view = openAsAdmin();
        confirmApplicant(view, email.toUpperCase());
        expectNotifications("The email address " + email + " is confirmed: Nadia Newcomer can sign in now");
        assertThat(_find(UsersView.ConfirmApplicantDialog.class)).isEmpty();
        assertThat(_findAll(view.grid)).as("applicants are not listed with the partnership's people")
                .extracting(UserSummary::email).doesNotContain(email);

        confirmApplicant(view, email);
        var again = _get(UsersView.ConfirmApplicantDialog.class);
        assertThat(again.email.isInvalid()).as("already confirmed").isTrue();
        assertThat(again.email.getErrorMessage()).startsWith("No applicant account waiting to be confirmed");

        navigate("admin/audit");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Action")), "USER_EMAIL_CONFIRMED");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> audit = _get(Grid.class);
        var entries = _findAll(audit).stream().filter(r -> r.subjectId().equals(String.valueOf(userId(email))))
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().actor()).isEqualTo("admin@example.org");

        logout();
        loginAs(email, GOOD_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_APPLICANT");
    }

    @Test
    void onlyAnUnconfirmedApplicantIsConfirmedByHand() {
        String invited = uniqueEmail("ivo");
        var view = openAsAdmin();
        invite(view, "Ivo Invited", invited, Set.of(Role.OFFICER));
        int auditBefore = jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_EMAIL_CONFIRMED'",
                Integer.class);

        for (String email : List.of(invited, "applicant@example.org", uniqueEmail("nobody"))) {
            confirmApplicant(view, email);
            var dialog = _get(UsersView.ConfirmApplicantDialog.class);
            assertThat(dialog.email.getErrorMessage()).as(email).isEqualTo("No applicant account waiting to be"
                    + " confirmed has this email address. Check the address with the person.");
            dialog.close();
        }
        confirmApplicant(view, "not an address");
        assertThat(_get(UsersView.ConfirmApplicantDialog.class).email.isInvalid()).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_EMAIL_CONFIRMED'",
                Integer.class)).isEqualTo(auditBefore);
        assertThat(jdbc.queryForObject("select email_verified from app_user where email = ?", Boolean.class,
                invited)).isFalse();
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    @Test
    void adminCannotRemoveTheirOwnAdministratorRole() {
        var view = openAsAdmin();
        _clickItem(view.grid, rowIndex(view, "admin@example.org"), 0,
                false, false, false, false);
        var dialog = _get(UsersView.RolesDialog.class);
        _setValue(dialog.roles, Set.of(Role.OFFICER));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save roles")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.roles.getErrorMessage())
                .isEqualTo("You cannot remove your own administrator role; ask another administrator");
        assertThat(row(view, "admin@example.org").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aLeaverIsSwitchedOffSignedOutAndCannotSignInUntilSwitchedBackOn() {
        String email = uniqueEmail("leaver");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Lee Leaver", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        long id = userId(email);
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(sessionsOf(id)).hasSize(1).noneMatch(SessionInformation::isExpired);
        logout();

        var view = openAsAdmin();
        _clickItem(view.grid, rowIndex(view, email), 0, false, false, false, false);
        var dialog = _get(UsersView.RolesDialog.class);
        _click(dialog.switchOff);

        expectNotifications("The account of Lee Leaver is switched off: they are signed out and cannot sign in");
        assertThat(English.of(row(view, email).statusText())).isEqualTo("Switched off");
        assertThat(sessionsOf(id)).hasSize(1).allMatch(SessionInformation::isExpired);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_DISABLED' and"
                + " subject_id = ? and actor = 'admin@example.org'", Long.class, String.valueOf(id))).isEqualTo(1);

        logout();
        var login = LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(currentView()).isSameAs(login);
        assertThat(login.alertText()).isEqualTo("An administrator at your partnership has switched this account"
                + " off. Ask them if you need it again.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        long mails = mailCount();
        navigate("forgot-password");
        var forgot = (ForgotPasswordView) currentView();
        _setValue(forgot.email, email);
        _click(forgot.send);
        assertThat(mailCount()).as("no reset link for a switched-off account").isEqualTo(mails);

        view = openAsAdmin();
        _clickItem(view.grid, rowIndex(view, email), 0, false, false, false, false);
        _click(_get(UsersView.RolesDialog.class).switchOn);
        expectNotifications("The account of Lee Leaver is switched back on");
        assertThat(English.of(row(view, email).statusText())).isEqualTo("Active");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_ENABLED' and"
                + " subject_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);

        logout();
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Lee Leaver");
    }

    @Test
    void adminCannotSwitchOffTheirOwnAccount() {
        var view = openAsAdmin();
        _clickItem(view.grid, rowIndex(view, "admin@example.org"), 0, false, false, false, false);
        var dialog = _get(UsersView.RolesDialog.class);
        _click(dialog.switchOff);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.roles.getErrorMessage())
                .isEqualTo("You cannot switch off your own account; ask another administrator");
        assertThat(English.of(row(view, "admin@example.org").statusText())).isEqualTo("Active");
    }

    @Test
    void anInvitationCanBeAcceptedWithALongPassphrase() {
        String email = uniqueEmail("long-phrase");
        invite(openAsAdmin(), "Lena Long", email, Set.of(Role.PANELLIST));
        var mail = latestMailTo(email);
        logout();
        String passphrase = "the quiet heron waits by the canal at mile end while the kettle sings, 80 chars!";
        assertThat(passphrase).hasSize(80);

        navigate(mail.location());
        var accept = (AcceptInvitationView) currentView();
        _setValue(accept.password, passphrase);
        _setValue(accept.confirmPassword, passphrase);
        _click(accept.accept);

        assertThat(currentView()).isInstanceOf(LoginView.class);
        LoginPage.signIn(email, passphrase);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Lena Long");
    }

    @Test
    void anAdministratorCanSendThirtyInvitationsAnHour() {
        var tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        navigate("admin/users");
        var view = (UsersView) currentView();
        for (int i = 1; i <= 30; i++) {
            invite(view, "Panel Member " + i, uniqueEmail("panel"), Set.of(Role.PANELLIST));
        }
        long mails = mailCount();
        var dialog = invite(view, "Panel Member 31", uniqueEmail("panel"), Set.of(Role.PANELLIST));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("You have sent a lot of invitations in the last hour."
                + " Please wait 2 minutes and try again.");
        assertThat(dialog.name.getValue()).isEqualTo("Panel Member 31");
        assertThat(mailCount()).isEqualTo(mails);
    }

}

package org.communitychest.notifications.ui;

import org.communitychest.base.Language;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Paragraph;
import org.communitychest.KaribuTest;
import org.communitychest.notifications.MailLogEntry;
import java.util.Set;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.notifications.MailLog;
import org.communitychest.security.Invitation;
import org.communitychest.security.Registration;
import org.communitychest.security.RegistrationForm;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail log: finding a message, reading it (one-time links hidden), sending an unsent one again, and each
 * administrator seeing only their own partnership's mail.
 */
class MailLogViewTest extends KaribuTest {

    @Autowired
    Registration registration;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    MailLog mailLog;

    @Test
    void findReadAndSendAgain() {
        String email = uniqueEmail("mail-log");
        loginAs("admin@example.org");
        userAdministration.invite(new Invitation("Mo Maillog", email, Set.of(Role.OFFICER)));
        String token = latestMailTo(email).token();
        navigate("admin/mail");
        var view = (MailLogView) currentView();

        _setValue(view.search, "%");
        assertThat(_findAll(view.grid)).as("%% is a percent sign, not 'anything'").isEmpty();
        _setValue(view.search, email);

        assertThat(_findAll(view.grid)).extracting(MailLogEntry::recipient).containsExactly(email);
        String subject = latestMailTo(email).subject();
        assertThat(_getFormattedRow(view.grid, 0)).contains(email, subject, "Not sent (no SMTP server configured)");

        _clickItem(view.grid, 0, 0, false, false, false, false);
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo(subject);
        assertThat(_get(dialog, Pre.class).getText()).contains("Mo Maillog", "accept-invitation?token=(hidden)")
                .doesNotContain(token);

        assertThat(_find(dialog, Button.class, spec -> spec.withText("Send again")))
                .as("nothing to send with: no SMTP server is configured").isEmpty();
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("No SMTP server is configured, so the portal keeps its email here instead of sending it.");
    }

    @Test
    void eachAdministratorSeesOnlyTheirPartnershipsMail() {
        var other = newPartnershipWithAdmin();
        String applicant = uniqueEmail("no-partnership");
        registration.register(new RegistrationForm("Nia Nopartner", applicant, GOOD_PASSWORD, GOOD_PASSWORD),
                Language.ENGLISH, clientAddress);
        String thtStaff = uniqueEmail("tht-staff");
        loginAs("admin@example.org");
        userAdministration.invite(new Invitation("Tam Tht", thtStaff, Set.of(Role.OFFICER)));
        logout();
        String otherStaff = uniqueEmail("other-staff");
        loginAs(other.adminEmail(), GOOD_PASSWORD);
        userAdministration.invite(new Invitation("Oli Other", otherStaff, Set.of(Role.OFFICER)));

        navigate("admin/mail");
        var view = (MailLogView) currentView();
        assertThat(_findAll(view.grid)).extracting(MailLogEntry::recipient).contains(otherStaff)
                .doesNotContain(thtStaff, applicant);
        _setValue(view.search, applicant);
        assertThat(_findAll(view.grid)).as("an applicant's verification mail belongs to no partnership").isEmpty();
        long thtMail = latestMailTo(thtStaff).id();
        assertThatThrownBy(() -> mailLog.body(thtMail)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> mailLog.retry(thtMail)).isInstanceOf(RecordNotFoundException.class);

        logout();
        loginAs("admin@example.org");
        navigate("admin/mail");
        view = (MailLogView) currentView();
        _setValue(view.search, "@example.org");
        assertThat(_findAll(view.grid)).extracting(MailLogEntry::recipient).contains(thtStaff)
                .doesNotContain(otherStaff, applicant);
        long applicantMail = latestMailTo(applicant).id();
        assertThatThrownBy(() -> mailLog.body(applicantMail)).isInstanceOf(RecordNotFoundException.class);
    }
}

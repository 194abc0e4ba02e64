package org.communitychest.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Paragraph;
import org.communitychest.KaribuTest;
import org.communitychest.notifications.MailLogEntry;
import org.communitychest.notifications.MailStatus;
import org.communitychest.security.Registration;
import org.communitychest.security.RegistrationForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mail log: finding a message, reading it (one-time links hidden) and sending an unsent one again. */
class MailLogViewTest extends KaribuTest {

    @Autowired
    Registration registration;

    @Test
    void findReadAndSendAgain() {
        String email = uniqueEmail("mail-log");
        registration.register(new RegistrationForm("Mo Maillog", email, GOOD_PASSWORD, GOOD_PASSWORD), clientAddress);
        String token = latestMailTo(email).token();
        loginAs("admin@example.org");
        navigate("admin/mail");
        var view = (MailLogView) currentView();

        _setValue(view.search, "%");
        assertThat(_findAll(view.grid)).as("%% is a percent sign, not 'anything'").isEmpty();
        _setValue(view.search, email);

        assertThat(_findAll(view.grid)).extracting(MailLogEntry::recipient).containsExactly(email);
        assertThat(_getFormattedRow(view.grid, 0)).contains(email, "Confirm your email address for Community Chest",
                "Not sent (no SMTP server configured)");

        _clickItem(view.grid, 0, 0, false, false, false, false);
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Confirm your email address for Community Chest");
        assertThat(_get(dialog, Pre.class).getText()).contains("Mo Maillog", "verify-email?token=(hidden)")
                .doesNotContain(token);

        assertThat(_find(dialog, Button.class, spec -> spec.withText("Send again")))
                .as("nothing to send with: no SMTP server is configured").isEmpty();
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("No SMTP server is configured, so the portal keeps its email here instead of sending it.");
    }
}

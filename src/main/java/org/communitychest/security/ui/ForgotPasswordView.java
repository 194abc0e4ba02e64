package org.communitychest.security.ui;

import org.communitychest.base.ui.ClientAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.notifications.MailDelivery;
import org.communitychest.security.PasswordReset;

@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends AuthCard {

    final EmailField email = new EmailField(getTranslation("account.email"));
    final Button send = new Button(getTranslation("account.forgot.send"));

    ForgotPasswordView(PasswordReset passwordReset, MailDelivery mail) {
        super("account.forgot.title", "account.forgot.intro");
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            FieldErrors.clear(email);
            try {
                passwordReset.requestReset(email.getValue(), ClientAddress.current());
                boolean sending = mail.canSend();
                replaceCard(sending ? "account.forgot.check-email" : "account.forgot.queued-title",
                        paragraph("account.forgot.if-account", email.getValue().trim()),
                        paragraph(sending ? "account.forgot.sending" : "account.forgot.queued"),
                        link("login", "account.back-to-sign-in"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("email", email));
            }
        });
        addToCard(email, send, link("login", "account.back-to-sign-in"));
    }
}

package org.communitychest.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.security.PasswordReset;
import org.communitychest.notifications.MailDelivery;

@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Reset your password · Community Chest")
@AnonymousAllowed
class ForgotPasswordView extends AuthCard {

    final EmailField email = new EmailField("Email address");
    final Button send = new Button("Send me a reset link");

    ForgotPasswordView(PasswordReset passwordReset, MailDelivery mail) {
        super("Reset your password", "Enter the email address of your account. We will send you a link to choose a"
                + " new password.");
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            FieldErrors.clear(email);
            try {
                passwordReset.requestReset(email.getValue(), ClientAddress.current());
                replaceCard(mail.canSend() ? "Check your email" : "Reset link queued",
                        new Paragraph("If " + email.getValue().trim() + " has an account, it gets a link to reset the"
                        + " password. The link works once, for 1 hour."), new Paragraph(mail.queued("the link")),
                        new Anchor("login", "Back to sign in"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("email", email));
            }
        });
        addToCard(email, send, new Anchor("login", "Back to sign in"));
    }
}

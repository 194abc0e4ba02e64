package org.communitychest.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.security.Registration;
import org.communitychest.security.RegistrationForm;
import org.communitychest.notifications.MailDelivery;

@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Community Chest")
@AnonymousAllowed
class RegisterView extends AuthCard {

    static final String NO_MAIL_YET = "Until mail is set up, ask the partnership whose round you want to apply to: one"
            + " of its administrators can confirm your email address for you.";

    final TextField name = new TextField("Your name");
    final EmailField email = new EmailField("Email address");
    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField confirmPassword = new PasswordField("Type the password again");
    final Button create = new Button("Create account");

    RegisterView(Registration registration, MailDelivery mail) {
        super("Create an account", "For members of community and voluntary groups who want to apply for a grant."
                + " Partnership staff and panel members are invited by their administrator instead.");
        name.setWidthFull();
        name.setHelperText("The name your group knows you by");
        email.setWidthFull();
        email.setHelperText(mail.canSend() ? "We will send a link to confirm it" : "You will sign in with it");
        password.setWidthFull();
        password.setHelperText("At least 10 characters. Three random words work well.");
        confirmPassword.setWidthFull();
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setWidthFull();
        Map<String, HasValidation> fields = Map.of("name", name, "email", email, "password", password,
                "confirmPassword", confirmPassword);
        create.addClickListener(e -> {
            FieldErrors.clear(name, email, password, confirmPassword);
            clearAlert();
            try {
                registration.register(new RegistrationForm(name.getValue(), email.getValue(), password.getValue(),
                        confirmPassword.getValue()), ClientAddress.current());
                String sent = mail.queued("an email to " + email.getValue().trim());
                var whatItSays = new Paragraph("If you are new here, it has a link to confirm your email address;"
                        + " open it, then sign in. The link works for 24 hours. If you already have an account, the"
                        + " email tells you how to sign in.");
                if (mail.canSend()) {
                    replaceCard("Check your email", new Paragraph(sent), whatItSays,
                            new Anchor("login", "Go to sign in"));
                } else {
                    replaceCard("Your email address needs confirming", new Paragraph(sent), whatItSays,
                            new Paragraph(NO_MAIL_YET), new Anchor("login", "Go to sign in"));
                }
            } catch (InvalidInputException ex) {
                String rest = FieldErrors.show(ex, fields);
                showError(rest.isEmpty() ? "Please correct the highlighted answers." : rest);
            }
        });
        addToCard(name, email, password, confirmPassword, create, new Anchor("login", "I already have an account"));
    }
}

package org.communitychest.security.ui;

import org.communitychest.base.ui.ClientAddress;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.notifications.MailDelivery;
import org.communitychest.security.Registration;
import org.communitychest.security.RegistrationForm;

@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegisterView extends AuthCard {

    final TextField name = new TextField(getTranslation("account.register.name"));
    final EmailField email = new EmailField(getTranslation("account.email"));
    final PasswordField password = new PasswordField(getTranslation("account.register.password"));
    final PasswordField confirmPassword = new PasswordField(getTranslation("account.register.confirm-password"));
    final Button create = new Button(getTranslation("account.register.create"));

    RegisterView(Registration registration, MailDelivery mail) {
        super("account.register.title", "account.register.intro");
        name.setWidthFull();
        name.setHelperText(getTranslation("account.register.name-helper"));
        email.setWidthFull();
        email.setHelperText(getTranslation(mail.canSend() ? "account.register.email-helper-send"
                : "account.register.email-helper-no-mail"));
        password.setWidthFull();
        password.setHelperText(getTranslation("account.password-helper"));
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
                        confirmPassword.getValue()), Language.of(getLocale()), ClientAddress.current());
                String address = email.getValue().trim();
                if (mail.canSend()) {
                    replaceCard("account.register.check-email", paragraph("account.register.sending", address),
                            paragraph("account.register.what-it-says"), link("login", "account.go-to-sign-in"));
                } else {
                    // Not what the email says: it goes only once mail is set up, when its 24-hour link may be spent.
                    replaceCard("account.register.needs-confirming", paragraph("account.register.queued", address),
                            paragraph("account.register.no-mail-yet"), link("login", "account.go-to-sign-in"));
                }
            } catch (InvalidInputException ex) {
                String rest = FieldErrors.show(ex, fields);
                showError(rest.isEmpty() ? getTranslation("account.register.correct-answers") : rest);
            }
        });
        addToCard(name, email, password, confirmPassword, create, link("login", "account.register.have-account"));
    }
}

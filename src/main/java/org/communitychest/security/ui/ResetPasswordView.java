package org.communitychest.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.security.PasswordReset;

@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends AuthCard implements BeforeEnterObserver {

    final PasswordField password = new PasswordField(getTranslation("account.reset.password"));
    final PasswordField confirmPassword = new PasswordField(getTranslation("account.reset.confirm-password"));
    final Button save = new Button(getTranslation("account.reset.save"));
    private final PasswordReset passwordReset;
    private String token = "";

    ResetPasswordView(PasswordReset passwordReset) {
        super("account.reset.title", null);
        this.passwordReset = passwordReset;
        password.setWidthFull();
        password.setHelperText(getTranslation("account.password-helper"));
        confirmPassword.setWidthFull();
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.addClickListener(e -> {
            FieldErrors.clear(password, confirmPassword);
            try {
                if (passwordReset.resetPassword(token, password.getValue(), confirmPassword.getValue())) {
                    getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "1")));
                } else {
                    showExpired();
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("password", password, "confirmPassword", confirmPassword));
            }
        });
        addToCard(password, confirmPassword, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (!passwordReset.isValid(token)) {
            showExpired();
        }
    }

    private void showExpired() {
        replaceCard("account.link-not-working", paragraph("account.reset.not-working"),
                link("forgot-password", "account.reset.new-link"));
    }
}

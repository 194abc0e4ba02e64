package org.communitychest.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.security.UserAdministration;

@Route(value = "accept-invitation", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends AuthCard implements BeforeEnterObserver {

    final TextField name = new TextField(getTranslation("account.invitation.name"));
    final PasswordField password = new PasswordField(getTranslation("account.invitation.password"));
    final PasswordField confirmPassword = new PasswordField(getTranslation("account.invitation.confirm-password"));
    final Button accept = new Button(getTranslation("account.invitation.accept"));
    private final UserAdministration users;
    private String token = "";

    AcceptInvitationView(UserAdministration users) {
        super("account.invitation.title", null);
        this.users = users;
        name.setWidthFull();
        password.setWidthFull();
        password.setHelperText(getTranslation("account.password-helper"));
        confirmPassword.setWidthFull();
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setWidthFull();
        accept.addClickListener(e -> {
            FieldErrors.clear(name, password, confirmPassword);
            try {
                if (users.acceptInvitation(token, name.getValue(), password.getValue(), confirmPassword.getValue())) {
                    getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("welcome", "1")));
                } else {
                    showExpired();
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("name", name, "password", password, "confirmPassword", confirmPassword));
            }
        });
        addToCard(name, password, confirmPassword, accept);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        users.openInvitation(token).ifPresentOrElse(invitation -> {
            name.setValue(invitation.displayName());
            showSuccess("account.invitation.invited-as", RoleNames.inSentence(invitation.roleLabels(), getLocale()),
                    invitation.email());
        }, this::showExpired);
    }

    private void showExpired() {
        replaceCard("account.invitation.not-working", paragraph("account.invitation.not-working-text"),
                link("login", "account.go-to-sign-in"));
    }
}

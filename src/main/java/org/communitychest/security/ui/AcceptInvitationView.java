package org.communitychest.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.security.UserAdministration;

@Route(value = "accept-invitation", autoLayout = false)
@PageTitle("Accept your invitation · Community Chest")
@AnonymousAllowed
class AcceptInvitationView extends AuthCard implements BeforeEnterObserver {

    final TextField name = new TextField("Your name");
    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField confirmPassword = new PasswordField("Type it again");
    final Button accept = new Button("Accept and create my account");
    private final UserAdministration users;
    private String token = "";

    AcceptInvitationView(UserAdministration users) {
        super("Accept your invitation", null);
        this.users = users;
        name.setWidthFull();
        password.setWidthFull();
        password.setHelperText("At least 10 characters. Three random words work well.");
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
            showSuccess("You have been invited as " + invitation.rolesText().toLowerCase() + " (" + invitation.email()
                    + "). Choose a password to start.");
        }, this::showExpired);
    }

    private void showExpired() {
        replaceCard("This invitation does not work", new Paragraph("Invitations work once, for 7 days. Ask your"
                + " partnership's administrator to invite you again."), new Anchor("login", "Go to sign in"));
    }
}

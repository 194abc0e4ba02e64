package org.communitychest.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.notifications.MailDelivery;
import org.communitychest.security.Invitation;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.communitychest.security.UserSummary;

@Route("admin/users")
@PageTitle("Users · Community Chest")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    final Grid<UserSummary> grid = new Grid<>();
    final Button invite = new Button("Invite someone", VaadinIcon.PLUS.create());
    final Button confirmApplicant = new Button("Confirm an applicant's email", VaadinIcon.CHECK.create());
    private final UserAdministration users;
    private final MailDelivery mail;

    UsersView(UserAdministration users, MailDelivery mail) {
        this.users = users;
        this.mail = mail;
        addClassName("cc-page");
        setSizeFull();
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> new InviteDialog().open());
        confirmApplicant.addClickListener(e -> new ConfirmApplicantDialog().open());

        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true).setSortable(true)
                .setSortProperty("displayName");
        grid.addColumn(UserSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(UserSummary::rolesText).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(UserSummary::statusText).setHeader("Status");
        grid.addItemClickListener(e -> new RolesDialog(e.getItem()).open());
        grid.setSizeFull();
        refresh();
        add(new H1("Users"), new Paragraph("Staff and panel members of your partnership. Click a person to change"
                + " their roles, or to switch off the account of someone who has left."),
                new HorizontalLayout(invite, confirmApplicant), grid);
    }

    private void refresh() {
        grid.setItems(query -> users.users(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.countUsers());
    }

    private static CheckboxGroup<Role> roleChoice() {
        var roles = new CheckboxGroup<Role>("Roles");
        roles.setItems(UserAdministration.GRANTABLE);
        roles.setItemLabelGenerator(r -> r.label() + ": " + r.description());
        return roles;
    }

    class InviteDialog extends Dialog {

        final TextField name = new TextField("Name");
        final EmailField email = new EmailField("Email address");
        final CheckboxGroup<Role> roles = roleChoice();

        InviteDialog() {
            setHeaderTitle("Invite someone to your partnership");
            name.setWidthFull();
            email.setWidthFull();
            var layout = new VerticalLayout(name, email, roles);
            layout.setPadding(false);
            add(layout);
            var send = new Button("Send invitation", e -> send());
            send.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(new Button("Cancel", e -> close()), send);
        }

        private void send() {
            FieldErrors.clear(name, email, roles);
            try {
                var invited = users.invite(new Invitation(name.getValue(), email.getValue(), roles.getValue()));
                Notifications.success(mail.queued("an invitation to " + invited.email()));
                refresh();
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("name", name, "email", email, "roles", roles));
            }
        }
    }

    /** For a person who registered but whose confirmation link never reached them (mail not set up, or lost). */
    class ConfirmApplicantDialog extends Dialog {

        final EmailField email = new EmailField("Their email address");
        final Button confirm = new Button("Confirm their email address");

        ConfirmApplicantDialog() {
            setHeaderTitle("Confirm an applicant's email address");
            email.setWidthFull();
            email.setHelperText("Exactly as they registered it. Do this only once you know the address is theirs.");
            add(new Paragraph("Someone who registered to apply for funding cannot sign in until their email address"
                    + " is confirmed. If the link never reached them, you can confirm it for them here."), email);
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClickListener(e -> confirm());
            getFooter().add(new Button("Cancel", e -> close()), confirm);
        }

        private void confirm() {
            FieldErrors.clear(email);
            try {
                var confirmed = users.confirmApplicantEmail(email.getValue());
                Notifications.success("The email address " + confirmed.email() + " is confirmed: "
                        + confirmed.displayName() + " can sign in now");
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("email", email));
            }
        }
    }

    class RolesDialog extends Dialog {

        final CheckboxGroup<Role> roles = roleChoice();
        final Button switchOff = new Button("Switch off account");
        final Button switchOn = new Button("Switch account back on");

        RolesDialog(UserSummary user) {
            setHeaderTitle("Roles of " + user.displayName());
            roles.setValue(user.roles());
            add(new Paragraph(user.email()), roles);
            var save = new Button("Save roles", e -> {
                FieldErrors.clear(roles);
                try {
                    users.changeRoles(user.id(), roles.getValue());
                    Notifications.success("Roles of " + user.displayName() + " saved");
                    refresh();
                    close();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("roles", roles));
                }
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            switchOff.addThemeVariants(ButtonVariant.ERROR);
            switchOff.addClickListener(e -> {
                FieldErrors.clear(roles);
                try {
                    users.disable(user.id());
                    Notifications.success("The account of " + user.displayName() + " is switched off: they are"
                            + " signed out and cannot sign in");
                    refresh();
                    close();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("enabled", roles));
                }
            });
            switchOn.addClickListener(e -> {
                users.enable(user.id());
                Notifications.success("The account of " + user.displayName() + " is switched back on");
                refresh();
                close();
            });
            getFooter().add(user.enabled() ? switchOff : switchOn, new Button("Cancel", e -> close()), save);
        }
    }
}

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.notifications.MailDelivery;
import org.communitychest.security.Invitation;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.communitychest.security.UserSummary;

@Route("admin/users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    final Button invite = new Button(getTranslation("staff.account.users.invite"), VaadinIcon.PLUS.create());
    final Button confirmApplicant = new Button(getTranslation("staff.account.users.confirm-applicant"),
            VaadinIcon.CHECK.create());
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

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("staff.account.users.name")).setAutoWidth(true).setSortable(true)
                .setSortProperty("displayName");
        grid.addColumn(UserSummary::email).setHeader(getTranslation("staff.account.users.email")).setAutoWidth(true);
        grid.addColumn(u -> RoleNames.listed(u.roleLabels())).setHeader(getTranslation("staff.account.users.roles"))
                .setAutoWidth(true);
        grid.addColumn(u -> Texts.of(u.statusText())).setHeader(getTranslation("staff.account.users.status"));
        grid.addItemClickListener(e -> new RolesDialog(e.getItem()).open());
        grid.setSizeFull();
        refresh();
        add(new H1(getTranslation("staff.account.users.title")),
                new Paragraph(getTranslation("staff.account.users.intro")),
                new HorizontalLayout(invite, confirmApplicant), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title", getTranslation("staff.account.users.title"));
    }

    private void refresh() {
        grid.setItems(query -> users.users(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.countUsers());
    }

    private CheckboxGroup<Role> roleChoice() {
        var roles = new CheckboxGroup<Role>(getTranslation("staff.account.users.roles"));
        roles.setItems(UserAdministration.GRANTABLE);
        roles.setItemLabelGenerator(r -> getTranslation("staff.account.users.role-choice", r.label(),
                r.description()));
        return roles;
    }

    private Button cancel(Dialog dialog) {
        return new Button(getTranslation("staff.account.users.cancel"), e -> dialog.close());
    }

    class InviteDialog extends Dialog {

        final TextField name = new TextField(getTranslation("staff.account.users.name"));
        final EmailField email = new EmailField(getTranslation("account.email"));
        final CheckboxGroup<Role> roles = roleChoice();

        InviteDialog() {
            setHeaderTitle(getTranslation("staff.account.users.invite-title"));
            name.setWidthFull();
            email.setWidthFull();
            var layout = new VerticalLayout(name, email, roles);
            layout.setPadding(false);
            add(layout);
            var send = new Button(getTranslation("staff.account.users.send-invitation"), e -> send());
            send.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(cancel(this), send);
        }

        private void send() {
            FieldErrors.clear(name, email, roles);
            try {
                var invited = users.invite(new Invitation(name.getValue(), email.getValue(), roles.getValue()));
                Notifications.success(getTranslation(mail.canSend() ? "staff.account.users.invitation-sending"
                        : "staff.account.users.invitation-queued", invited.email()));
                refresh();
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("name", name, "email", email, "roles", roles));
            }
        }
    }

    /** For a person who registered but whose confirmation link never reached them (mail not set up, or lost). */
    class ConfirmApplicantDialog extends Dialog {

        final EmailField email = new EmailField(getTranslation("staff.account.users.their-email"));
        final Button confirm = new Button(getTranslation("staff.account.users.confirm"));

        ConfirmApplicantDialog() {
            setHeaderTitle(getTranslation("staff.account.users.confirm-title"));
            email.setWidthFull();
            email.setHelperText(getTranslation("staff.account.users.confirm-helper"));
            add(new Paragraph(getTranslation("staff.account.users.confirm-intro")), email);
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClickListener(e -> confirm());
            getFooter().add(cancel(this), confirm);
        }

        private void confirm() {
            FieldErrors.clear(email);
            try {
                var confirmed = users.confirmApplicantEmail(email.getValue());
                Notifications.success(getTranslation("staff.account.users.confirmed", confirmed.email(),
                        confirmed.displayName()));
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("email", email));
            }
        }
    }

    class RolesDialog extends Dialog {

        final CheckboxGroup<Role> roles = roleChoice();
        final Button switchOff = new Button(getTranslation("staff.account.users.switch-off"));
        final Button switchOn = new Button(getTranslation("staff.account.users.switch-on"));

        RolesDialog(UserSummary user) {
            setHeaderTitle(getTranslation("staff.account.users.roles-of", user.displayName()));
            roles.setValue(user.roles());
            add(new Paragraph(user.email()), roles);
            var save = new Button(getTranslation("staff.account.users.save-roles"), e -> {
                FieldErrors.clear(roles);
                try {
                    users.changeRoles(user.id(), roles.getValue());
                    Notifications.success(getTranslation("staff.account.users.roles-saved", user.displayName()));
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
                    Notifications.success(getTranslation("staff.account.users.switched-off", user.displayName()));
                    refresh();
                    close();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("enabled", roles));
                }
            });
            switchOn.addClickListener(e -> {
                users.enable(user.id());
                Notifications.success(getTranslation("staff.account.users.switched-on", user.displayName()));
                refresh();
                close();
            });
            getFooter().add(user.enabled() ? switchOff : switchOn, cancel(this), save);
        }
    }
}

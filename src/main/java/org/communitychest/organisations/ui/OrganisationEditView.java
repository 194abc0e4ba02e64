package org.communitychest.organisations.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.organisations.OrganisationForm;
import org.communitychest.organisations.OrganisationProfile;
import org.communitychest.organisations.Organisations;
import org.communitychest.notifications.MailDelivery;

/**
 * A group's page: the profile form (new at {@code organisations/new}) and, once saved, its members. Bad input
 * shows messages beside the fields and leaves everything typed in place.
 */
@Route(OrganisationsNavigation.LIST + "/:id(" + OrganisationsNavigation.NEW + "|[0-9]{1,18})")
@RolesAllowed("APPLICANT")
class OrganisationEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Div alert = new Div();
    final Button reload = new Button(getTranslation("groups.edit.show-their-changes"));
    final TextField name = new TextField(getTranslation("groups.edit.name"));
    final RadioButtonGroup<LegalForm> legalForm = new RadioButtonGroup<>(getTranslation("groups.edit.legal-form"));
    final TextField charityNumber = new TextField(getTranslation("groups.edit.charity-number"));
    final TextField companyNumber = new TextField(getTranslation("groups.edit.company-number"));
    final TextField addressLine1 = new TextField(getTranslation("groups.edit.address-line-1"));
    final TextField addressLine2 = new TextField(getTranslation("groups.edit.address-line-2"));
    final TextField town = new TextField(getTranslation("groups.edit.town"));
    final TextField postcode = new TextField(getTranslation("groups.edit.postcode"));
    final RadioButtonGroup<IncomeBand> incomeBand = new RadioButtonGroup<>(getTranslation("groups.edit.income"));
    final TextField webAddress = new TextField(getTranslation("groups.edit.web-address"));
    final Button save = new Button(getTranslation("groups.edit.save"));

    final Div membersSection = new Div();
    final UnorderedList members = new UnorderedList();
    final Div invited = new Div();
    final EmailField inviteEmail = new EmailField(getTranslation("groups.members.invite-email"));
    final Button invite = new Button(getTranslation("groups.members.invite"));

    private final Organisations organisations;
    private final MailDelivery mail;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Long organisationId;
    /** For a new group: the page to go on to once it is saved (the application the person was starting). */
    private Location then;
    private long version;

    OrganisationEditView(Organisations organisations, MailDelivery mail) {
        this.organisations = organisations;
        this.mail = mail;
        addClassName("cc-page");
        addClassName("cc-organisation-edit");

        alert.addClassName("cc-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        reload.addThemeVariants(ButtonVariant.TERTIARY);
        reload.addClickListener(e -> {
            show(organisations.get(organisationId));
            hideAlert();
        });

        name.setHelperText(getTranslation("groups.edit.name-helper"));
        name.setMaxLength(200);
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(f -> Texts.of(f.label()));
        legalForm.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        legalForm.setHelperText(getTranslation("groups.edit.legal-form-helper"));
        legalForm.addValueChangeListener(e -> showNumbersFor(e.getValue()));
        charityNumber.setHelperText(getTranslation("groups.edit.charity-number-helper"));
        charityNumber.setMaxLength(20);
        companyNumber.setHelperText(getTranslation("groups.edit.company-number-helper"));
        companyNumber.setMaxLength(20);
        addressLine1.setHelperText(getTranslation("groups.edit.address-line-1-helper"));
        addressLine1.setMaxLength(200);
        addressLine2.setMaxLength(200);
        town.setMaxLength(100);
        postcode.setHelperText(getTranslation("groups.edit.postcode-helper"));
        postcode.setMaxLength(10);
        incomeBand.setItems(IncomeBand.values());
        incomeBand.setItemLabelGenerator(b -> Texts.of(b.label()));
        incomeBand.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        incomeBand.setHelperText(getTranslation("groups.edit.income-helper"));
        webAddress.setHelperText(getTranslation("groups.edit.web-address-helper"));
        webAddress.setMaxLength(300);
        showNumbersFor(null);

        fields.put("name", name);
        fields.put("legalForm", legalForm);
        fields.put("charityNumber", charityNumber);
        fields.put("companyNumber", companyNumber);
        fields.put("addressLine1", addressLine1);
        fields.put("addressLine2", addressLine2);
        fields.put("town", town);
        fields.put("postcode", postcode);
        fields.put("incomeBand", incomeBand);
        fields.put("webAddress", webAddress);
        Stream.<HasSize>of(name, legalForm, charityNumber, companyNumber, addressLine1, addressLine2, town, postcode,
                incomeBand, webAddress).forEach(HasSize::setWidthFull);
        name.setManualValidation(true);
        legalForm.setManualValidation(true);
        charityNumber.setManualValidation(true);
        companyNumber.setManualValidation(true);
        addressLine1.setManualValidation(true);
        addressLine2.setManualValidation(true);
        town.setManualValidation(true);
        postcode.setManualValidation(true);
        incomeBand.setManualValidation(true);
        webAddress.setManualValidation(true);

        var form = new FormLayout();
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        form.add(name, 2);
        form.add(legalForm, 2);
        form.add(charityNumber, companyNumber);
        form.add(addressLine1, 2);
        form.add(addressLine2, 2);
        form.add(town, postcode);
        form.add(incomeBand, 2);
        form.add(webAddress, 2);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                save();
            } finally {
                save.setEnabled(true);
            }
        });

        membersSection.addClassName("cc-card");
        inviteEmail.setHelperText(getTranslation(mail.canSend() ? "groups.members.invite-helper-send"
                : "groups.members.invite-helper-no-mail"));
        inviteEmail.setManualValidation(true);
        inviteEmail.setWidthFull();
        invite.addClickListener(e -> invite());
        var inviteRow = new FlexLayout(inviteEmail, invite);
        inviteRow.addClassName("cc-filters");
        inviteRow.setAlignItems(Alignment.BASELINE);
        inviteRow.setFlexGrow(1, inviteEmail);
        membersSection.add(new H2(getTranslation("groups.members.title")),
                new Paragraph(getTranslation("groups.members.intro")), members, invited, inviteRow);

        add(title, new Paragraph(getTranslation("groups.edit.intro")), alert, form, save, membersSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(OrganisationsNavigation.NEW);
        hideAlert();
        clearErrors();
        if (OrganisationsNavigation.NEW.equals(id)) {
            if (organisationId != null) {
                clearForm();
            }
            then = OrganisationsNavigation.then(event.getLocation().getQueryParameters()).orElse(null);
            organisationId = null;
            version = 0;
            title.setText(getTranslation("groups.edit.set-up-title"));
            save.setText(getTranslation("groups.edit.save-new"));
            membersSection.setVisible(false);
            return;
        }
        long parsed;
        try {
            parsed = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("Organisation");
        }
        show(organisations.get(parsed));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.page-title",
                organisationId == null ? getTranslation("groups.edit.set-up-title") : title.getText());
    }

    private void save() {
        clearErrors();
        hideAlert();
        var form = new OrganisationForm(name.getValue(), legalForm.getValue(), charityNumber.getValue(),
                companyNumber.getValue(), addressLine1.getValue(), addressLine2.getValue(), town.getValue(),
                postcode.getValue(), incomeBand.getValue(), webAddress.getValue());
        try {
            if (organisationId == null) {
                var created = organisations.create(form);
                if (then != null) {
                    Notifications.success(getTranslation("groups.edit.created-going-on", created.name()));
                    UI.getCurrent().navigate(then.getPath(), then.getQueryParameters());
                } else {
                    Notifications.success(getTranslation("groups.edit.created", created.name()));
                    OrganisationsNavigation.navigateToProfile(created.id());
                }
            } else {
                show(organisations.update(organisationId, version, form));
                Notifications.success(getTranslation("groups.edit.saved"));
            }
        } catch (InvalidInputException ex) {
            String rest = FieldErrors.show(ex, fields);
            showAlert(rest.isEmpty() ? getTranslation("groups.edit.correct-answers") : rest,
                    ex.messageFor("version") != null && organisationId != null);
        }
    }

    private void invite() {
        FieldErrors.clear(inviteEmail);
        try {
            organisations.inviteMember(organisationId, inviteEmail.getValue());
            Notifications.success(getTranslation(mail.canSend() ? "groups.members.invitation-sending"
                    : "groups.members.invitation-queued", inviteEmail.getValue().trim()));
            inviteEmail.clear();
            showMembers(organisations.get(organisationId));
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, Map.of("email", inviteEmail));
        }
    }

    private void show(OrganisationProfile profile) {
        organisationId = profile.id();
        version = profile.version();
        title.setText(profile.name());
        save.setText(getTranslation("groups.edit.save-changes"));
        name.setValue(profile.name());
        legalForm.setValue(profile.legalForm());
        charityNumber.setValue(nullToEmpty(profile.charityNumber()));
        companyNumber.setValue(nullToEmpty(profile.companyNumber()));
        addressLine1.setValue(profile.addressLine1());
        addressLine2.setValue(nullToEmpty(profile.addressLine2()));
        town.setValue(profile.town());
        postcode.setValue(profile.postcode());
        incomeBand.setValue(profile.incomeBand());
        webAddress.setValue(nullToEmpty(profile.webAddress()));
        showMembers(profile);
    }

    private void showMembers(OrganisationProfile profile) {
        membersSection.setVisible(true);
        members.removeAll();
        profile.members().forEach(m -> members.add(new ListItem(getTranslation("groups.members.member",
                m.displayName(), m.email()))));
        invited.removeAll();
        if (!profile.pendingInvitations().isEmpty()) {
            var list = new UnorderedList();
            profile.pendingInvitations().forEach(i -> list.add(new ListItem(getTranslation(
                    "groups.members.invited-until", i.email(),
                    London.format(London.toLocal(i.expiresAt()).toLocalDate())))));
            invited.add(new Span(getTranslation("groups.members.invited")), list);
        }
    }

    /** Empties the form when this view moves from a group's page to a new group. */
    private void clearForm() {
        Stream.of(name, charityNumber, companyNumber, addressLine1, addressLine2, town, postcode, webAddress)
                .forEach(TextField::clear);
        legalForm.clear();
        incomeBand.clear();
    }

    private void showNumbersFor(LegalForm form) {
        charityNumber.setVisible(form != null && form.asksCharityNumber());
        charityNumber.setLabel(getTranslation(form != null && !form.requiresCharityNumber()
                ? "groups.edit.charity-number-if-any" : "groups.edit.charity-number"));
        charityNumber.setRequiredIndicatorVisible(form != null && form.requiresCharityNumber());
        companyNumber.setVisible(form != null && form.asksCompanyNumber());
        companyNumber.setRequiredIndicatorVisible(form != null && form.requiresCompanyNumber());
    }

    private void showAlert(String message, boolean offerReload) {
        alert.removeAll();
        alert.add(new Span(message));
        if (offerReload) {
            alert.add(reload);
        }
        alert.setVisible(true);
    }

    private void hideAlert() {
        alert.removeAll();
        alert.setVisible(false);
    }

    private void clearErrors() {
        FieldErrors.clear(fields.values().toArray(HasValidation[]::new));
        FieldErrors.clear(inviteEmail);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

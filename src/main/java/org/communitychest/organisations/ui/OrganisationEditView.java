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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
    final Button reload = new Button("Show their changes");
    final TextField name = new TextField("Name of your group");
    final RadioButtonGroup<LegalForm> legalForm = new RadioButtonGroup<>("What kind of group are you?");
    final TextField charityNumber = new TextField("Charity number");
    final TextField companyNumber = new TextField("Company number");
    final TextField addressLine1 = new TextField("Address line 1");
    final TextField addressLine2 = new TextField("Address line 2 (optional)");
    final TextField town = new TextField("Town or city");
    final TextField postcode = new TextField("Postcode");
    final RadioButtonGroup<IncomeBand> incomeBand = new RadioButtonGroup<>("Annual income");
    final TextField webAddress = new TextField("Website (optional)");
    final Button save = new Button("Save");

    final Div membersSection = new Div();
    final UnorderedList members = new UnorderedList();
    final Div invited = new Div();
    final EmailField inviteEmail = new EmailField("Colleague's email address");
    final Button invite = new Button("Invite a colleague");

    private final Organisations organisations;
    private final MailDelivery mail;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Long organisationId;
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

        name.setHelperText("As it appears on your bank account or governing document");
        name.setMaxLength(200);
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(LegalForm::label);
        legalForm.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        legalForm.setHelperText("Not sure? A group without a written constitution or rules is unconstituted.");
        legalForm.addValueChangeListener(e -> showNumbersFor(e.getValue()));
        charityNumber.setHelperText("Find it on the Charity Commission register. Numbers in Scotland start SC, in"
                + " Northern Ireland NIC.");
        charityNumber.setMaxLength(20);
        companyNumber.setHelperText("8 characters, e.g. 01234567 or SC123456. Find it on Companies House.");
        companyNumber.setMaxLength(20);
        addressLine1.setHelperText("Where the group can be written to; a member's home address is fine");
        addressLine1.setMaxLength(200);
        addressLine2.setMaxLength(200);
        town.setMaxLength(100);
        postcode.setHelperText("For example E1 6AN");
        postcode.setMaxLength(10);
        incomeBand.setItems(IncomeBand.values());
        incomeBand.setItemLabelGenerator(IncomeBand::label);
        incomeBand.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        incomeBand.setHelperText("Your total income last year. If your group is new, what you expect this year.");
        webAddress.setHelperText("Your website or social media page, e.g. www.example.org");
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
        inviteEmail.setHelperText((mail.canSend() ? "We will email them a link to join."
                : "They get a link to join by email, sent once mail is set up on this portal.")
                + " It works for 14 days.");
        inviteEmail.setManualValidation(true);
        inviteEmail.setWidthFull();
        invite.addClickListener(e -> invite());
        var inviteRow = new FlexLayout(inviteEmail, invite);
        inviteRow.addClassName("cc-filters");
        inviteRow.setAlignItems(Alignment.BASELINE);
        inviteRow.setFlexGrow(1, inviteEmail);
        membersSection.add(new H2("Members"), new Paragraph("Everyone here can keep this profile up to date, invite"
                + " colleagues and apply for grants for the group."), members, invited, inviteRow);

        add(title, new Paragraph("You fill this in once. Every application your group makes reuses it, so keep it up"
                + " to date."), alert, form, save, membersSection);
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
            organisationId = null;
            version = 0;
            title.setText("Set up your group");
            save.setText("Save your group");
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
        return (organisationId == null ? "Set up your group" : title.getText()) + " · Community Chest";
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
                Notifications.success(created.name() + " is set up. You can invite colleagues below.");
                OrganisationsNavigation.navigateToProfile(created.id());
            } else {
                show(organisations.update(organisationId, version, form));
                Notifications.success("Your changes are saved");
            }
        } catch (InvalidInputException ex) {
            String rest = FieldErrors.show(ex, fields);
            showAlert(rest.isEmpty() ? "Nothing has been saved yet. Please correct the answers marked below." : rest,
                    ex.messageFor("version") != null && organisationId != null);
        }
    }

    private void invite() {
        FieldErrors.clear(inviteEmail);
        try {
            organisations.inviteMember(organisationId, inviteEmail.getValue());
            Notifications.success(mail.queued("an invitation to " + inviteEmail.getValue().trim()));
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
        save.setText("Save changes");
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
        profile.members().forEach(m -> members.add(new ListItem(m.displayName() + " (" + m.email() + ")")));
        invited.removeAll();
        if (!profile.pendingInvitations().isEmpty()) {
            var list = new UnorderedList();
            profile.pendingInvitations().forEach(i -> list.add(new ListItem(i.email() + ", invited; the link works"
                    + " until " + London.format(London.toLocal(i.expiresAt()).toLocalDate()))));
            invited.add(new Span("Invited, not joined yet:"), list);
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
        charityNumber.setLabel(form != null && !form.requiresCharityNumber()
                ? "Charity number (if you are a registered charity)" : "Charity number");
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

package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.awards.ui.GrantPages;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.ListingDetails;
import org.communitychest.monitoring.ListingForm;
import org.communitychest.monitoring.ListingSession;
import org.communitychest.monitoring.MyListings;

/**
 * The group's listing in the public directory: what the activity is, who it is for, when and where it runs, and
 * how a link worker refers someone. Saved whole; a problem is shown beside its field and what was typed stays.
 */
@Route("grants/:grantId" + RouteId.PATTERN + "/listing")
@RolesAllowed("APPLICANT")
class ListingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyListings listings;
    final Anchor back = new Anchor();
    final TextField name = text("name", 200);
    final TextArea description = area("description", 4000);
    final TextArea whoFor = area("who-for", 2000);
    final TextArea howToRefer = area("how-to-refer", 2000);
    final EmailField referralEmail = new EmailField();
    final TextField webAddress = text("web-address", 500);
    final TextField venueName = text("venue", 200);
    final TextField addressLine = text("address", 300);
    final TextField postcode = text("postcode", 10);
    final Div sessionRows = new Div();
    final ErrorText sessionsError = new ErrorText();
    final List<SessionRow> sessions = new ArrayList<>();
    final Button addSession = new Button();
    final Checkbox published = new Checkbox();
    final Button save = new Button();
    final Anchor publicPage = new Anchor();
    private ListingDetails listing;

    ListingView(MyListings listings) {
        this.listings = listings;
        addClassNames("cc-page", "cc-form-page");
        back.setText(getTranslation("monitoring.back-to-grant"));
        referralEmail.setLabel(getTranslation("monitoring.listing.referral-email"));
        referralEmail.setHelperText(getTranslation("monitoring.listing.referral-email-help"));
        referralEmail.setWidthFull();
        howToRefer.setHelperText(getTranslation("monitoring.listing.how-to-refer-help"));
        whoFor.setHelperText(getTranslation("monitoring.listing.who-for-help"));
        addSession.setText(getTranslation("monitoring.listing.add-session"));
        addSession.addClickListener(e -> addRow(null));
        published.setLabel(getTranslation("monitoring.listing.published"));
        save.setText(getTranslation("monitoring.listing.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        var when = new Div(new H2(getTranslation("monitoring.listing.when")), sessionRows, sessionsError, addSession);
        var where = new Div(new H2(getTranslation("monitoring.listing.where")), venueName, addressLine, postcode);
        add(back, new H1(getTranslation("monitoring.listing.title")),
                new Paragraph(getTranslation("monitoring.listing.intro")), name, description, whoFor, when, where,
                new H2(getTranslation("monitoring.listing.refer")), howToRefer, referralEmail, webAddress, published,
                save, publicPage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long grantId = event.getRouteParameters().getLong("grantId")
                .orElseThrow(() -> new RecordNotFoundException("Grant")); // not user text: for the log
        show(listings.of(grantId));
    }

    private void show(ListingDetails details) {
        listing = details;
        back.setHref(GrantPages.forGroup(details.grantId()));
        var f = details.form();
        name.setValue(orEmpty(f.name()));
        description.setValue(orEmpty(f.description()));
        whoFor.setValue(orEmpty(f.whoFor()));
        howToRefer.setValue(orEmpty(f.howToRefer()));
        referralEmail.setValue(orEmpty(f.referralEmail()));
        webAddress.setValue(orEmpty(f.webAddress()));
        venueName.setValue(orEmpty(f.venueName()));
        addressLine.setValue(orEmpty(f.addressLine()));
        postcode.setValue(orEmpty(f.postcode()));
        published.setValue(f.published());
        sessionRows.removeAll();
        sessions.clear();
        f.sessions().forEach(this::addRow);
        if (sessions.isEmpty()) {
            addRow(null);
        }
        publicPage.setVisible(details.exists() && f.published());
        if (details.publicId() != null) {
            publicPage.setHref(MonitoringNavigation.directoryEntry(details.publicId()));
            publicPage.setText(getTranslation("monitoring.listing.see-public"));
        }
    }

    private void addRow(ListingSession session) {
        var row = new SessionRow(session);
        row.remove.addClickListener(e -> {
            sessions.remove(row);
            sessionRows.remove(row);
        });
        sessions.add(row);
        sessionRows.add(row);
    }

    private void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("whoFor", whoFor);
        fields.put("howToRefer", howToRefer);
        fields.put("referralEmail", referralEmail);
        fields.put("webAddress", webAddress);
        fields.put("venueName", venueName);
        fields.put("addressLine", addressLine);
        fields.put("postcode", postcode);
        fields.put("sessions", sessionsError);
        for (int i = 0; i < sessions.size(); i++) {
            fields.put("session." + i, sessions.get(i).error); // not user text: field key
        }
        FieldErrors.clear(fields.values().toArray(HasValidation[]::new));
        var form = new ListingForm(name.getValue(), description.getValue(), whoFor.getValue(), howToRefer.getValue(),
                referralEmail.getValue(), webAddress.getValue(), venueName.getValue(), addressLine.getValue(),
                postcode.getValue(), sessions.stream().map(SessionRow::session).toList(), published.getValue());
        try {
            show(listings.save(listing.grantId(), listing.version(), form));
            Notifications.success(getTranslation(published.getValue() ? "monitoring.listing.saved-public"
                    : "monitoring.listing.saved-private"));
        } catch (InvalidInputException e) {
            if (e.messageFor("version") != null) {
                Notifications.error(Texts.of(e.messageFor("version")));
                return;
            }
            FieldErrors.show(e, fields);
        }
    }

    private TextField text(String key, int longest) {
        var field = new TextField(getTranslation("monitoring.listing." + key));
        field.setMaxLength(longest);
        field.setWidthFull();
        return field;
    }

    private TextArea area(String key, int longest) {
        var field = new TextArea(getTranslation("monitoring.listing." + key));
        field.setMaxLength(longest);
        field.setWidthFull();
        return field;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.listing.title");
    }

    /** One weekly session: day, from, to and a note. */
    static class SessionRow extends Div {

        final Select<DayOfWeek> day = new Select<>();
        final TimePicker startsAt = new TimePicker();
        final TimePicker endsAt = new TimePicker();
        final TextField note = new TextField();
        final Button remove = new Button();
        final ErrorText error = new ErrorText();

        SessionRow(ListingSession session) {
            addClassName("cc-session-row");
            day.setLabel(getTranslation("monitoring.listing.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, getLocale()));
            for (var picker : new TimePicker[] {startsAt, endsAt}) {
                picker.setStep(Duration.ofMinutes(15));
            }
            startsAt.setLabel(getTranslation("monitoring.listing.from"));
            endsAt.setLabel(getTranslation("monitoring.listing.to"));
            note.setLabel(getTranslation("monitoring.listing.note"));
            note.setMaxLength(200);
            remove.setText(getTranslation("monitoring.outcomes.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            if (session != null) {
                day.setValue(session.day());
                startsAt.setValue(session.startsAt());
                endsAt.setValue(session.endsAt());
                note.setValue(session.note() == null ? "" : session.note());
            }
            add(day, startsAt, endsAt, note, remove, error);
        }

        ListingSession session() {
            return new ListingSession(day.getValue(), startsAt.getValue(), endsAt.getValue(), note.getValue());
        }
    }
}

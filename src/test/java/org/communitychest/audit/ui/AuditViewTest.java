package org.communitychest.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.io.StringWriter;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFilter;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.audit.AuditRecord;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit trail: filters by who/what, action and dates; only the administrator's partnership and account events. */
class AuditViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anApplicationsWholeStoryIsFoundByItsReferenceOrGroupNameAndReadsInWords() throws Exception {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Audit round " + UUID.randomUUID());
        String member = fx.newApplicant("Aisha Audit");
        String groupName = "Stepney Sewing Circle " + UUID.randomUUID().toString().substring(0, 6);
        long group = fx.newGroup(member, groupName);
        long id = fx.as(member, () -> {
            long draft = fx.completeShortDraft(round, group, "Mending Mornings");
            var extra = fx.drafts.uploadDocument(draft, fx.drafts.get(draft).version(), null, "old.pdf",
                    ApplicationFixtures.pdf("Old constitution"));
            var document = fx.drafts.get(draft).documents().getFirst();
            fx.drafts.removeDocument(draft, extra.version(), document.id());
            fx.drafts.uploadDocument(draft, fx.drafts.get(draft).version(), null, "constitution.pdf",
                    ApplicationFixtures.pdf("Constitution"));
            fx.submit(draft);
            fx.drafts.download(draft, fx.drafts.get(draft).documents().getFirst().id());
            return draft;
        });
        String reference = fx.jdbc.queryForObject("select reference from application where id = ?", String.class,
                id);
        fx.as(ApplicationFixtures.OFFICER, () -> {
            fx.screening.download(id, fx.screening.get(id).documents().getFirst().id());
            fx.screening.pdf(id);
            fx.screening.pdfPack(round.id());
            fx.screening.exportCsv(round.id(), ApplicationFilter.none(), new StringWriter());
        });

        loginAs(ApplicationFixtures.ADMIN);
        navigate("admin/audit");
        var view = (AuditView) currentView();
        var text = _get(TextField.class, spec -> spec.withLabel("Who or what"));
        _setValue(text, reference.toLowerCase());
        var byReference = _findAll(view.grid);
        assertThat(byReference).extracting(AuditRecord::action).contains("APPLICATION_STARTED", "DOCUMENT_UPLOADED",
                "DOCUMENT_REMOVED", "APPLICATION_SUBMITTED", "DOCUMENT_DOWNLOADED", "APPLICATION_PDF_DOWNLOADED");
        assertThat(byReference).extracting(AuditRecord::subject).as("named as they were when it happened")
                .containsOnly("Draft application " + id + " · " + groupName,
                        "Application " + reference + " · " + groupName);
        assertThat(byReference).filteredOn(r -> r.action().equals("APPLICATION_SUBMITTED")).singleElement()
                .extracting(AuditRecord::subject).isEqualTo("Application " + reference + " · " + groupName);
        assertThat(byReference).filteredOn(r -> r.action().equals("DOCUMENT_REMOVED")).singleElement()
                .extracting(AuditRecord::before).asString().contains("old.pdf");
        assertThat(byReference).filteredOn(r -> r.action().equals("DOCUMENT_DOWNLOADED"))
                .extracting(AuditRecord::actor).containsExactlyInAnyOrder(member, ApplicationFixtures.OFFICER);

        _setValue(text, groupName);
        assertThat(_findAll(view.grid)).as("found by the group's name too").hasSize(byReference.size());

        _setValue(text, round.title());
        assertThat(_findAll(view.grid)).filteredOn(r -> r.action().equals("APPLICATIONS_EXPORTED"))
                .extracting(AuditRecord::after).containsExactlyInAnyOrder("PDF pack", "CSV");
        assertThat(view.grid.getThemeNames()).as("before and after wrap, so they read in full")
                .contains("wrap-cell-content");
    }

    @Test
    void filtersByTextActionAndDate() {
        String email = uniqueEmail("audited");
        clock.advance(Duration.ofDays(-3));
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Ann Audit", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        loginAs(email, GOOD_PASSWORD);
        clock.reset();
        loginAs(email, GOOD_PASSWORD);

        loginAs("admin@example.org");
        navigate("admin/audit");
        var view = (AuditView) currentView();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Who or what")), email.toUpperCase());
        assertThat(_findAll(view.grid)).extracting(AuditRecord::action).containsExactly("LOGIN", "LOGIN");
        assertThat(_findAll(view.grid)).allSatisfy(r -> assertThat(r.actor()).isEqualTo(email));

        LocalDate today = London.today(clock);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), today.minusDays(1));
        assertThat(_findAll(view.grid)).as("only today's sign-in").hasSize(1);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), null);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), today.minusDays(2));
        assertThat(_findAll(view.grid)).as("only the sign-in three days ago").hasSize(1);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Action")), "LOGIN_FAILED");
        assertThat(_findAll(view.grid)).isEmpty();
    }

    @Test
    void anotherPartnershipsAdministratorFindsNothingOfAnApplicationByItsReference() {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Private audit round " + UUID.randomUUID());
        String member = fx.newApplicant("Priya Private");
        long group = fx.newGroup(member, "Limehouse Lunch Club " + UUID.randomUUID().toString().substring(0, 6));
        String reference = fx.as(member, () -> fx.submit(fx.completeShortDraft(round, group, "Lunches")));
        var elsewhere = newPartnershipWithAdmin();

        assertThat(searchAs(ApplicationFixtures.ADMIN, ApplicationFixtures.PASSWORD, reference))
                .as("the round's own administrator").extracting(AuditRecord::action).contains("APPLICATION_SUBMITTED");
        assertThat(searchAs(elsewhere.adminEmail(), GOOD_PASSWORD, reference)).as("another partnership's").isEmpty();
    }

    @Test
    void replacingADocumentIsAuditedWithTheFileItReplaced() {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Replaced document round " + UUID.randomUUID());
        String member = fx.newApplicant("Rosa Replaces");
        String groupName = "Poplar Bike Menders " + UUID.randomUUID().toString().substring(0, 6);
        long group = fx.newGroup(member, groupName);
        fx.as(member, () -> {
            long draft = fx.start(round, group, org.communitychest.applications.FormType.SHORT);
            var first = fx.drafts.uploadDocument(draft, fx.drafts.get(draft).version(), null, "first-rules.pdf",
                    ApplicationFixtures.pdf("First rules"));
            fx.drafts.uploadDocument(draft, first.version(), null, "new-rules.pdf",
                    ApplicationFixtures.pdf("New rules"));
        });

        var uploads = searchAs(ApplicationFixtures.ADMIN, ApplicationFixtures.PASSWORD, groupName).stream()
                .filter(r -> r.action().equals("DOCUMENT_UPLOADED")).toList();

        assertThat(uploads).hasSize(2);
        assertThat(uploads).filteredOn(r -> String.valueOf(r.after()).contains("new-rules.pdf")).singleElement()
                .extracting(AuditRecord::before).asString().as("what it replaced").contains("first-rules.pdf");
        assertThat(uploads).filteredOn(r -> String.valueOf(r.after()).contains("first-rules.pdf")).singleElement()
                .extracting(AuditRecord::before).as("replaced nothing").isNull();
    }

    /** What the audit trail lists for a search, as that administrator sees it. */
    private java.util.List<AuditRecord> searchAs(String admin, String password, String text) {
        loginAs(admin, password);
        navigate("funding");
        navigate("admin/audit");
        var view = (AuditView) currentView();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Who or what")), text);
        return _findAll(view.grid);
    }
}

package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.ui.DatabaseMessages;
import org.communitychest.base.ui.ErrorView;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An applicant keeps typing in a draft while the database is away: the page says the changes are not saved yet
 * and keeps them, and they are saved once the database is back (on the next poll of the page, the next change, or
 * before the page is left), or the page says they were not.
 */
class DraftOutageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    String amina;
    long group;
    long id;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Outage round " + UUID.randomUUID());
        amina = fx.newApplicant("Amina Outage");
        group = fx.newGroup(amina, "Poplar Knitters " + UUID.randomUUID());
        id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        loginAs(amina);
    }

    private SectionView openSection(Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    private String column(String column) {
        return jdbc.queryForObject("select " + column + " from application where id = ?", String.class, id);
    }

    @Test
    void changesTypedDuringAnOutageAreKeptAndSavedWhenTheDatabaseIsBack() {
        var page = openSection(Section.ABOUT);
        var about = (AboutSection) page.editor;
        _setValue(about.projectTitle, "Knit and natter");
        assertThat(page.saver.status.getText()).startsWith("Saved at");

        databaseOutage.begin();
        _setValue(about.summary, "Weekly knitting for people who live alone.");
        _setValue(about.projectTitle, "Knit and natter on Tuesdays");

        assertThat(page.saver.status.getText()).isEqualTo(DatabaseMessages.draftPending());
        assertThat(about.summary.getValue()).isEqualTo("Weekly knitting for people who live alone.");
        assertThat(about.projectTitle.getValue()).isEqualTo("Knit and natter on Tuesdays");
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks again while unsaved")
                .isEqualTo(DraftSaver.RETRY_EVERY_MILLIS);
        poll();
        assertThat(page.saver.status.getText()).as("still away").isEqualTo(DatabaseMessages.draftPending());

        databaseOutage.end();
        assertThat(column("summary")).as("nothing stored during the outage").isNull();
        assertThat(column("project_title")).isEqualTo("Knit and natter");
        poll();

        assertThat(page.saver.status.getText()).startsWith("Saved at");
        assertThat(column("summary")).isEqualTo("Weekly knitting for people who live alone.");
        assertThat(column("project_title")).isEqualTo("Knit and natter on Tuesdays");
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling once saved").isEqualTo(-1);

        // A second outage on the same page: this time the next change, not the poll, brings the kept one in.
        databaseOutage.begin();
        _setValue(about.needStatement, "Link workers tell us there is nothing local on Tuesdays.");
        assertThat(page.saver.status.getText()).isEqualTo(DatabaseMessages.draftPending());
        databaseOutage.end();
        _setValue(about.summary, "Weekly knitting and a chat for people who live alone.");

        assertThat(page.saver.status.getText()).startsWith("Saved at");
        assertThat(column("need_statement")).isEqualTo("Link workers tell us there is nothing local on Tuesdays.");
        assertThat(column("summary")).isEqualTo("Weekly knitting and a chat for people who live alone.");
    }

    @Test
    void aBudgetLineTypedDuringAnOutageIsSavedAndTheTotalsFollow() {
        var page = openSection(Section.BUDGET);
        var budget = (BudgetSection) page.editor;

        databaseOutage.begin();
        _setValue(budget.rows.getFirst().item, "Wool and needles");
        _setValue(budget.rows.getFirst().cost, new BigDecimal("750"));
        assertThat(page.saver.status.getText()).isEqualTo(DatabaseMessages.draftPending());
        assertThat(budget.rows.getFirst().item.getValue()).isEqualTo("Wool and needles");

        databaseOutage.end();
        poll();

        assertThat(page.saver.status.getText()).startsWith("Saved at");
        assertThat(budget.totals.getText()).isEqualTo("Asking this round for £750.00.");
        assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?", Long.class,
                id)).isEqualTo(75_000L);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndSavesThemIfTheDatabaseIsBack() {
        var page = openSection(Section.ACTIVITIES);
        var activities = (ActivitiesSection) page.editor;

        databaseOutage.begin();
        _setValue(activities.activities, "Tuesdays 2-4pm at the Poplar Union.");
        navigate(ApplicationsNavigation.taskList(id));

        assertThat(currentView()).as("the page stays while its changes are unsaved").isSameAs(page);
        var dialog = page.leaveDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo(DatabaseMessages.leaveHeading());
        assertThat(ConfirmDialogKt.getText(dialog)).isEqualTo(DatabaseMessages.leaveText());
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(currentView()).as("Stay on this page").isSameAs(page);
        assertThat(activities.activities.getValue()).isEqualTo("Tuesdays 2-4pm at the Poplar Union.");

        databaseOutage.end();
        navigate(ApplicationsNavigation.taskList(id));

        assertThat(currentView()).isInstanceOf(TaskListView.class);
        assertThat(column("activities")).isEqualTo("Tuesdays 2-4pm at the Poplar Union.");
    }

    @Test
    void leavingWithoutSavingIsThePersonsChoiceAndNothingClaimsOtherwise() {
        var page = openSection(Section.ACTIVITIES);
        var activities = (ActivitiesSection) page.editor;
        _setValue(activities.activities, "Mondays.");

        databaseOutage.begin();
        _setValue(activities.activities, "Tuesdays instead.");
        navigate(ApplicationsNavigation.taskList(id));
        ConfirmDialogKt._fireReject(page.leaveDialog);

        assertThat(currentView()).as("the task list cannot open either").isInstanceOf(ErrorView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        databaseOutage.end();
        assertThat(column("activities")).isEqualTo("Mondays.");
        navigate(ApplicationsNavigation.taskList(id));
        assertThat(currentView()).isInstanceOf(TaskListView.class);
    }

    @Test
    void aFileUploadedDuringAnOutageIsNotClaimedAsSavedAndCanBeUploadedAgain() {
        long required = round.requiredDocuments().getFirst().id();
        var page = openSection(Section.DOCUMENTS);
        var documents = (DocumentsSection) page.editor;

        databaseOutage.begin();
        UploadKt._upload(documents.uploads.get(required), "constitution.pdf", "application/pdf",
                ApplicationFixtures.pdf("Constitution of the Poplar Knitters"));

        var error = documents.errors.get(required);
        assertThat(error.isInvalid()).isTrue();
        assertThat(error.getErrorMessage()).isEqualTo(DatabaseMessages.notSaved());
        assertThat(page.saver.status.getText()).isEqualTo(DatabaseMessages.notSaved());

        databaseOutage.end();
        assertThat(fx.documents(id)).isZero();
        UploadKt._upload(documents.uploads.get(required), "constitution.pdf", "application/pdf",
                ApplicationFixtures.pdf("Constitution of the Poplar Knitters"));
        assertThat(fx.documents(id)).isEqualTo(1);
    }

    @Test
    void aSectionOpenedDuringAnOutageShowsThePlainPageAndOpensWhenTheDatabaseIsBack() {
        databaseOutage.begin();
        navigate(ApplicationsNavigation.section(id, Section.ABOUT));

        var error = _get(ErrorView.class);
        assertThat(error.getElement().getTextRecursively()).contains(DatabaseMessages.pageHeading())
                .contains(DatabaseMessages.pageText()).doesNotContain("Exception");
        assertThat(error.getPageTitle()).isEqualTo("We can't reach the database · Community Chest");

        databaseOutage.end();
        navigate(ApplicationsNavigation.section(id, Section.ABOUT));
        assertThat(_get(SectionView.class).editor).isInstanceOf(AboutSection.class);
    }
}

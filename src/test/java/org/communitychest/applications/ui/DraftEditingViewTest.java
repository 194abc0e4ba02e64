package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.communitychest.base.i18n.English;
import org.communitychest.ConcurrentSaves;
import org.communitychest.KaribuTest;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BudgetLine;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Money;
import org.communitychest.base.ui.StreamedUpload;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Editing a draft in the section pages: two members of a group never silently overwrite each other, and a
 * value that breaks a rule gets its message beside the field while what was typed stays on screen.
 */
class DraftEditingViewTest extends KaribuTest {

    private static final String CONCURRENT_CHANGE = "Someone else changed this since you opened it, so your change"
            + " was not saved. Reload the page to see their changes; what you typed is still on the screen.";

    private static final String CONFLICT = "Someone else in your group changed this application since you opened"
            + " it. Reload the page to see their changes; what you typed is still on the screen.";

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    ApplicationFixtures fx;
    RoundDetails round;
    String amina;
    String bilal;
    long group;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Editing round " + UUID.randomUUID());
        amina = fx.newApplicant("Amina Two");
        bilal = fx.newApplicant("Bilal Colleague");
        group = fx.newGroup(amina, "Stepney Sewing Bee " + UUID.randomUUID());
        fx.join(group, amina, bilal);
    }

    private SectionView openSection(long id, Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    /** Amina's new full draft, signed in as her on its documents section. */
    private long newFullDraftAtItsDocuments() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        loginAs(amina);
        openSection(id, Section.DOCUMENTS);
        return id;
    }

    /** The documents section as it is on screen now (an upload draws it anew). */
    private static DocumentsSection documentsOnScreen() {
        return (DocumentsSection) _get(SectionView.class).editor;
    }

    private String column(long id, String column) {
        return jdbc.queryForObject("select " + column + " from application where id = ?", String.class, id);
    }

    @Test
    void aMemberSavingWithAStaleVersionIsRefusedAndNothingIsOverwritten() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        long opened = fx.as(amina, () -> fx.drafts.get(id).version());
        long afterAmina = fx.as(amina, () -> fx.drafts.saveAbout(id, opened, new Answers.About("Amina's title",
                "Amina's summary", null, null)).version());
        var drafts = fx.drafts;

        fx.signInAs(bilal);
        assertThat(drafts.get(id).projectTitle()).as("both members see the draft").isEqualTo("Amina's title");
        assertStale(() -> drafts.saveAbout(id, opened, new Answers.About("Bilal's title", null, null, null)));
        assertStale(() -> drafts.saveBudget(id, opened, new Answers.Budget(List.of(
                new BudgetLine("Fabric", Money.ofPounds(700), null)))));
        assertStale(() -> drafts.saveDeclarations(id, opened, new Answers.Declarations(true, true, true, "Bilal",
                "Treasurer")));
        assertStale(() -> drafts.uploadDocument(id, opened, round.requiredDocuments().getFirst().id(), "c.pdf",
                ApplicationFixtures.pdf("C")));
        assertStale(() -> fx.submission.submit(id, opened));

        var now = drafts.get(id);
        assertThat(now.version()).isEqualTo(afterAmina);
        assertThat(now.projectTitle()).isEqualTo("Amina's title");
        assertThat(now.summary()).isEqualTo("Amina's summary");
        assertThat(now.budget()).isEmpty();
        assertThat(now.documents()).isEmpty();
        assertThat(now.declarantName()).isNull();

        var fresh = drafts.saveAbout(id, afterAmina, new Answers.About("Bilal's title", "Amina's summary", null,
                null));
        assertThat(fresh.allSaved()).as("with the version he reloaded, Bilal's change saves").isTrue();
        assertThat(drafts.get(id).projectTitle()).isEqualTo("Bilal's title");
    }

    private static void assertStale(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys("version");
            assertThat(English.of(e.messageFor("version"))).isEqualTo(CONFLICT);
        });
    }

    @Test
    void theSectionPageShowsTheConflictAndKeepsWhatWasTyped() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        loginAs(bilal);
        var page = openSection(id, Section.ABOUT);
        var about = (AboutSection) page.editor;

        fx.as(amina, () -> fx.drafts.saveAbout(id, fx.drafts.get(id).version(), new Answers.About(
                "Sewing for Wellbeing", "Amina wrote this summary.", null, null)));

        _setValue(about.summary, "Bilal typed this summary while Amina was saving hers.");

        assertThat(page.saver.conflict.isVisible()).isTrue();
        assertThat(page.saver.conflict.getElement().getTextRecursively()).contains(CONFLICT)
                .contains("Reload the page");
        assertThat(page.saver.status.getText()).isEqualTo("Not saved");
        assertThat(about.summary.getValue()).isEqualTo("Bilal typed this summary while Amina was saving hers.");
        assertThat(column(id, "summary")).isEqualTo("Amina wrote this summary.");
        assertThat(column(id, "project_title")).isEqualTo("Sewing for Wellbeing");

        _setValue(about.projectTitle, "Bilal's title");
        assertThat(column(id, "project_title")).as("no more saves until reloaded").isEqualTo("Sewing for Wellbeing");
        assertThat(about.projectTitle.getValue()).isEqualTo("Bilal's title");

        page = openSection(id, Section.ABOUT);
        about = (AboutSection) page.editor;
        assertThat(page.saver.conflict.isVisible()).as("after reloading").isFalse();
        assertThat(about.summary.getValue()).isEqualTo("Amina wrote this summary.");
        _setValue(about.summary, "Bilal's summary, now saved.");
        assertThat(column(id, "summary")).isEqualTo("Bilal's summary, now saved.");
    }

    @Test
    void twoMembersSavingAtTheSameMomentGetTheConflictBesideTheFormNotAnError() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        loginAs(bilal);
        var page = openSection(id, Section.ABOUT);
        var about = (AboutSection) page.editor;
        ConcurrentSaves.colleagueSavesDuringTheNextCall(clock, jdbc, transactions, "application", id);

        _setValue(about.summary, "Bilal typed this at the moment Amina saved.");

        assertThat(page.saver.conflict.isVisible()).isTrue();
        assertThat(page.saver.conflict.getElement().getTextRecursively())
                .contains(CONCURRENT_CHANGE).contains("Reload the page");
        assertThat(page.saver.status.getText()).isEqualTo("Not saved");
        assertThat(about.summary.getValue()).isEqualTo("Bilal typed this at the moment Amina saved.");
        assertThat(column(id, "summary")).isNull();

        _setValue(about.projectTitle, "Bilal's title");
        assertThat(column(id, "project_title")).as("no more saves until reloaded").isNull();
        page = openSection(id, Section.ABOUT);
        _setValue(((AboutSection) page.editor).summary, "Bilal's summary, after reloading.");
        assertThat(column(id, "summary")).isEqualTo("Bilal's summary, after reloading.");
    }

    @Test
    void anOverlongShortSummaryIsMarkedBesideTheFieldAndStaysOnScreen() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.SHORT));
        loginAs(amina);
        var page = openSection(id, Section.ABOUT);
        var about = (AboutSection) page.editor;
        String tooLong = IntStream.rangeClosed(1, 301).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

        _setValue(about.projectTitle, "Mending café");
        _setValue(about.summary, tooLong);

        assertThat(about.summary.isInvalid()).isTrue();
        assertThat(about.summary.getErrorMessage()).isEqualTo("Your summary has 301 words; the limit is 300. Shorten"
                + " it by 1 word to save it.");
        assertThat(about.wordCount.getText()).isEqualTo("301 of 300 words — 1 too many");
        assertThat(page.saver.status.getText()).isEqualTo("Not everything is saved: please correct the answer"
                + " marked in red");
        assertThat(about.summary.getValue()).isEqualTo(tooLong);
        assertThat(column(id, "summary")).isNull();
        assertThat(column(id, "project_title")).isEqualTo("Mending café");

        _setValue(about.mediaUrl, "www.youtube.com/watch?v=mending");
        assertThat(about.mediaUrl.isInvalid()).isTrue();
        assertThat(about.mediaUrl.getErrorMessage()).startsWith("Enter the full link to your video or audio");
        assertThat(column(id, "summary_media_url")).isNull();
    }

    @Test
    void theBudgetPageExplainsLimitsInPoundsAndMarksABadLine() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.FULL));
        loginAs(amina);
        var budget = (BudgetSection) openSection(id, Section.BUDGET).editor;

        _setValue(budget.rows.getFirst().item, "Sewing machines");
        _setValue(budget.rows.getFirst().cost, new BigDecimal("12500"));
        assertThat(budget.error.isInvalid()).isFalse();
        assertThat(budget.totals.getText()).isEqualTo("Asking this round for £12,500.00.");
        assertThat(problems(budget)).containsExactly("Your budget asks for £12,500.00, which is £2,500.00 more than"
                + " this round's largest grant of £10,000.00.");

        _setValue(budget.rows.getFirst().cost, new BigDecimal("300"));
        assertThat(problems(budget)).containsExactly("Your budget asks for £300.00, which is £200.00 less than this"
                + " round's smallest grant of £500.00.");

        _click(budget.addLine);
        _setValue(budget.rows.get(1).item, "Thread");
        _setValue(budget.rows.get(1).cost, BigDecimal.ZERO);
        assertThat(budget.error.isInvalid()).isTrue();
        assertThat(budget.error.getErrorMessage()).isEqualTo("Line 2: the cost must be more than £0.00. This line is"
                + " not saved until it is complete.");
        assertThat(budget.rows.get(1).item.getValue()).isEqualTo("Thread");
        assertThat(budget.rows.get(1).cost.getValue()).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select count(*) from application_budget_line where application_id = ?",
                Integer.class, id)).as("the bad line is not saved").isEqualTo(1);
        assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?", Long.class,
                id)).isEqualTo(30_000L);

        _setValue(budget.rows.get(1).cost, new BigDecimal("250"));
        assertThat(budget.error.isInvalid()).isFalse();
        assertThat(problems(budget)).isEmpty();
        assertThat(budget.totals.getText()).isEqualTo("Asking this round for £550.00.");
    }

    @Test
    void theShortFormBudgetOffersFiveLinesAndExplainsTheThreshold() {
        long id = fx.as(amina, () -> fx.start(round, group, FormType.SHORT));
        loginAs(amina);
        var budget = (BudgetSection) openSection(id, Section.BUDGET).editor;
        for (int i = 0; i < 5; i++) {
            if (i > 0) {
                _click(budget.addLine);
            }
            _setValue(budget.rows.get(i).item, "Item " + (i + 1));
            _setValue(budget.rows.get(i).cost, new BigDecimal("400"));
        }
        assertThat(budget.addLine.isEnabled()).as("no sixth line on the short form").isFalse();
        assertThat(problems(budget)).containsExactly("The short form is for requests under £2,000.00; your budget"
                + " asks for £2,000.00. Reduce it by £0.01 or more, or switch to the full form.");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysGetsAMessageBesideItsRow() {
        long id = newFullDraftAtItsDocuments();
        long required = round.requiredDocuments().getFirst().id();
        var documents = documentsOnScreen();

        UploadKt._upload(documents.uploads.get(required), "constitution.pdf", "application/pdf",
                "This is our constitution, typed out. We meet on Mondays.".getBytes(StandardCharsets.UTF_8));

        documents = documentsOnScreen();
        var error = documents.errors.get(required);
        assertThat(error.isInvalid()).as("a message beside the file row").isTrue();
        assertThat(error.getErrorMessage()).isEqualTo("constitution.pdf is not a kind of file we accept: its content"
                + " is not a PDF, Word, OpenDocument, Excel, PNG or JPEG file, whatever its name says. Save it as a PDF"
                + " and upload that.");
        assertThat(_get(SectionView.class).saver.status.getText()).as("not repeated as if the draft were lost")
                .isEqualTo("Not saved: see the message beside the field. Everything else is saved.");
        assertThat(fx.documents(id)).isZero();

        UploadKt._upload(documents.uploads.get(required), "constitution.pdf", "application/pdf",
                ApplicationFixtures.pdf("Constitution of the Stepney Sewing Bee"));
        documents = documentsOnScreen();
        assertThat(documents.errors.get(required).isInvalid()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement()
                .getTextRecursively()).contains("Uploaded: constitution.pdf");
        assertThat(fx.documents(id)).isEqualTo(1);
    }

    @Test
    void a700MegabyteFileIsRefusedBesideItsRowUnreadAndTheSlotTakesTheNextFile() throws Exception {
        long id = newFullDraftAtItsDocuments();
        long required = round.requiredDocuments().getFirst().id();
        var documents = documentsOnScreen();
        var body = new StreamedUpload.CountingBody(700L * 1024 * 1024);

        StreamedUpload.send(documents.uploads.get(required), "film.mp4", 700L * 1024 * 1024, body);

        assertThat(body.bytesRead()).isZero();
        var error = documents.errors.get(required);
        assertThat(error.isInvalid()).isTrue();
        assertThat(error.getErrorMessage()).isEqualTo("film.mp4 is 700 MB; the largest we accept is 10 MB. Upload a"
                + " PDF, Word, OpenDocument, Excel, PNG or JPEG, up to 10 MB.");
        var unsized = new StreamedUpload.CountingBody(700L * 1024 * 1024);
        StreamedUpload.send(documents.uploads.get(required), "film.mp4", -1, unsized);
        assertThat(unsized.bytesRead()).as("a body of no stated length is read up to the limit only")
                .isEqualTo(10L * 1024 * 1024 + 1);
        assertThat(fx.documents(id)).isZero();

        UploadKt._upload(documents.uploads.get(required), "constitution.pdf", "application/pdf",
                ApplicationFixtures.pdf("Constitution of the Stepney Sewing Bee"));
        documents = documentsOnScreen();
        assertThat(documents.errors.get(required).isInvalid()).isFalse();
        assertThat(fx.documents(id)).isEqualTo(1);
    }

    private static List<String> problems(BudgetSection budget) {
        return budget.problems.getChildren().flatMap(c -> c.getChildren())
                .filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()).toList();
    }
}

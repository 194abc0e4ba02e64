package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.Language;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An applicant reading the portal in Bengali writes the whole application in Bengali: the task list, each
 * section's words, and the rules' messages beside the fields, with figures and money in Latin digits.
 */
class ApplicationInBengaliViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    long id;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Bengali round " + UUID.randomUUID());
        String member = fx.newApplicant("Rahima Khatun");
        long group = fx.newGroup(member, "Brick Lane Bandhu " + UUID.randomUUID());
        id = fx.as(member, () -> fx.start(round, group, FormType.FULL));
        loginAs(member);
        UI.getCurrent().setLocale(Language.BENGALI.locale());
    }

    private SectionView open(Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    @Test
    void theTaskListNamesEachSectionAndItsStateInBengali() {
        for (int visit = 0; visit < 2; visit++) {
            navigate(ApplicationsNavigation.taskList(id));
            var page = _get(TaskListView.class);
            assertThat(_get(page, H1.class).getText()).isEqualTo("নাম ছাড়া আবেদন");
            assertThat(page.tasks.getElement().getTextRecursively()).contains("প্রকল্পের কথা", "কারা উপকার পাবেন",
                    "বাজেট", "ঘোষণা", "এখনও শুরু হয়নি").doesNotContain("Not yet started", "Budget");
            assertThat(page.getPageTitle()).isEqualTo("আপনার আবেদন · কমিউনিটি চেস্ট");
        }
    }

    @Test
    void aTitleTooLongIsRefusedBesideTheFieldInBengaliWithLatinFigures() {
        var about = (AboutSection) open(Section.ABOUT).editor;
        var saver = _get(SectionView.class).saver;
        assertThat(about.projectTitle.getLabel()).isEqualTo("প্রকল্পের নাম");
        for (int attempt = 0; attempt < 2; attempt++) {
            _setValue(about.projectTitle, "ক".repeat(201 + attempt));
            assertThat(about.projectTitle.isInvalid()).isTrue();
            assertThat(about.projectTitle.getErrorMessage())
                    .isEqualTo("নাম 200 অক্ষরের মধ্যে হতে হবে (এখন আছে " + (201 + attempt) + " অক্ষর)");
            assertThat(saver.status.getText()).isEqualTo("সব সেভ হয়নি: লাল দাগ দেওয়া উত্তরটি ঠিক করুন");
        }
        _setValue(about.projectTitle, "শুক্রবারের লাঞ্চ ক্লাব");
        assertThat(about.projectTitle.isInvalid()).isFalse();
        assertThat(saver.status.getText()).endsWith("-এ সেভ হয়েছে");
    }

    @Test
    void theBudgetSaysWhatIsWrongInBengaliAndKeepsMoneyBritish() {
        var budget = (BudgetSection) open(Section.BUDGET).editor;
        var line = budget.rows.getFirst();
        _setValue(line.item, "হল ভাড়া");
        for (int attempt = 0; attempt < 2; attempt++) {
            _setValue(line.cost, attempt == 0 ? BigDecimal.ZERO : new BigDecimal("-5"));
            assertThat(line.cost.getErrorMessage()).isEqualTo("খরচ £0.00-এর বেশি হতে হবে");
            assertThat(budget.error.getErrorMessage())
                    .isEqualTo("লাইন 1: খরচ £0.00-এর বেশি হতে হবে। লাইনটি পুরো না হওয়া পর্যন্ত সেভ হবে না।");
        }
        _setValue(line.cost, new BigDecimal("12500"));
        assertThat(line.cost.getErrorMessage()).isEqualTo("শুধু এই লাইনটিই এই রাউন্ডের সবচেয়ে বড় অনুদান "
                + round.maxGrant() + "-এর চেয়ে বেশি");
        assertThat(budget.totals.getText()).isEqualTo("এই রাউন্ড থেকে চাওয়া হচ্ছে £12,500.00।");
        assertThat(budget.problems.getElement().getTextRecursively()).contains("আপনার বাজেটে চাওয়া হয়েছে £12,500.00।")
                .doesNotContain("০", "১", "২", "৫");
    }

    @Test
    void checkYourAnswersSaysWhatIsLeftInBengali() {
        for (int visit = 0; visit < 2; visit++) {
            navigate(ApplicationsNavigation.check(id));
            var page = _get(CheckAnswersView.class);
            assertThat(_get(page, H1.class).getText()).isEqualTo("উত্তরগুলো দেখে নিন");
            assertThat(page.getElement().getTextRecursively()).contains("শেষ করতে: আপনার প্রকল্পের একটি নাম দিন")
                    .contains("এবার আপনার আবেদন পাঠান").doesNotContain("Not answered", "Change");
            assertThat(_find(page, Anchor.class, spec -> spec.withText("বদলান"))).hasSizeGreaterThan(5);
            assertThat(page.submit.isAttached()).as("not ready to submit").isFalse();
        }
    }

    @Test
    void vaadinsUploadAndDatePickerSpeakBengaliWithBritishDates() {
        for (int visit = 0; visit < 2; visit++) {
            var activities = (ActivitiesSection) open(Section.ACTIVITIES).editor;
            var calendar = activities.startDate.getI18n();
            assertThat(calendar.getMonthNames()).startsWith("জানুয়ারি", "ফেব্রুয়ারি").hasSize(12);
            assertThat(calendar.getWeekdays()).startsWith("রবিবার", "সোমবার").hasSize(7);
            assertThat(calendar.getWeekdaysShort()).hasSize(7).doesNotContain("Mon");
            assertThat(calendar.getToday()).isEqualTo("আজ");
            assertThat(calendar.getCancel()).isEqualTo("বাতিল");
            assertThat(calendar.getFirstDayOfWeek()).as("Monday first").isEqualTo(1);
            assertThat(activities.startDate.getLocale()).as("British dates: 30/01/2027").isEqualTo(Locale.UK);

            var documents = (DocumentsSection) open(Section.DOCUMENTS).editor;
            assertThat(documents.uploads).isNotEmpty();
            var upload = documents.uploads.values().iterator().next();
            var texts = upload.getI18n();
            assertThat(texts.getDropFiles().getOne()).isEqualTo("অথবা ফাইলটি এখানে টেনে আনুন");
            assertThat(texts.getAddFiles().getOne()).isEqualTo("একটি ফাইল বেছে নিন");
            assertThat(texts.getError().getFileIsTooBig()).isEqualTo("ফাইলটি খুব বড়।");
            assertThat(texts.getError().getIncorrectFileType()).isEqualTo("এখানে এই ধরনের ফাইল নেওয়া হয় না।")
                    .doesNotContain("..");
            assertThat(texts.getUploading().getError().getUnexpectedServerError()).doesNotContain("Upload", "File");
        }
    }

    @Test
    void aFileRefusedAndAMoneySlipAndTheChosenCountAreInBengali() {
        var documents = (DocumentsSection) open(Section.DOCUMENTS).editor;
        var upload = documents.uploads.values().iterator().next();
        UploadKt._upload(upload, "constitution.pdf", "application/pdf", new byte[0]);
        assertThat(_get(SectionView.class).getElement().getTextRecursively())
                .contains("constitution.pdf ফাইলটি খালি। ফাইলটি আবার বেছে নিন।").doesNotContain("is empty");

        var budget = (BudgetSection) open(Section.BUDGET).editor;
        _setValue(budget.rows.getFirst().cost, new BigDecimal("12.345"));
        assertThat(budget.rows.getFirst().cost.getErrorMessage())
                .isEqualTo("পেনি লিখুন দশমিকের পরে সর্বোচ্চ দুই ঘর পর্যন্ত, যেমন 12.35");

        var who = (WhoSection) open(Section.WHO).editor;
        assertThat(who.needsChosen.getText()).isEqualTo("এখনও কিছু বেছে নেওয়া হয়নি।");
        _setValue(who.needs, java.util.Set.copyOf(who.needs.getListDataView().getItems().limit(2).toList()));
        assertThat(who.needsChosen.getText()).isEqualTo("2টি প্রয়োজন বেছে নেওয়া হয়েছে।");
        assertThat(who.needs.getI18n().getTotal()).isEqualTo("এ পর্যন্ত বেছে নেওয়া: {count}।");
    }
}

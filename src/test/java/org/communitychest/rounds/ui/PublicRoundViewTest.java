package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Translations;
import org.communitychest.base.ui.NotFoundView;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.communitychest.rounds.AllocationRules.SmallGroupShare;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The public round page, no login: the round's facts and the "can we apply?" checker. */
class PublicRoundViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Translations translations;
    ApplicationFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
    }

    private EligibilityChecker open(RoundDetails round) {
        navigate(RoundsNavigation.publicRound(round.id()));
        return _get(PublicRoundView.class).checker;
    }

    private static void answer(EligibilityChecker checker, String... answers) {
        int i = 0;
        for (var group : checker.answers.values()) {
            if (answers[i] != null) {
                _setValue(group, answers[i]);
            }
            i++;
        }
    }

    private static String resultText(EligibilityChecker checker) {
        return checker.result.getElement().getTextRecursively();
    }

    @Test
    void aGroupThatMeetsEveryRuleIsToldItCanApplyAndWhereToStart() {
        var round = fx.openRound("Public round " + UUID.randomUUID());
        var checker = open(round);
        assertThat(checker.answers).hasSize(3);

        answer(checker, "Yes", "Yes", "Yes");
        _click(checker.check);

        assertThat(_find(checker.result, H3.class)).extracting(H3::getText).containsExactly("You can apply");
        assertThat(_get(checker.result, Anchor.class).getHref()).as("the answers go with the link")
                .isEqualTo(RoundsNavigation.apply(round.id(), ApplicationFixtures.passingAnswers(round)))
                .startsWith("apply/" + round.id() + "?answer-");
    }

    @Test
    void eachFailingAnswerGivesItsReasonAndWhereElseToLookInQuestionOrder() {
        var round = fx.openRound("Public round " + UUID.randomUUID());
        var checker = open(round);
        var questions = round.eligibility();

        answer(checker, "No", "Yes", "No");
        _click(checker.check);

        assertThat(_find(checker.result, H3.class)).extracting(H3::getText)
                .containsExactly("Sorry, your group cannot apply to this round");
        assertThat(resultText(checker)).isEqualTo("Sorry, your group cannot apply to this round"
                + questions.get(0).failReason() + "Where else to look: " + questions.get(0).signpost()
                + questions.get(2).failReason() + "Where else to look: " + questions.get(2).signpost());
        assertThat(_find(checker.result, Anchor.class)).as("no way to start").isEmpty();
    }

    @Test
    void unansweredQuestionsAreMarked() {
        var checker = open(fx.openRound("Public round " + UUID.randomUUID()));
        answer(checker, "Yes", null, null);
        _click(checker.check);

        assertThat(resultText(checker)).isEqualTo("Please answer every question.");
        var groups = List.copyOf(checker.answers.values());
        assertThat(groups.get(0).isInvalid()).isFalse();
        assertThat(groups.get(1).isInvalid()).isTrue();
        assertThat(groups.get(1).getErrorMessage()).isEqualTo("Choose yes or no");
        assertThat(groups.get(2).isInvalid()).isTrue();
    }

    @Test
    void aRoundNotYetOpenSaysWhenItOpens() {
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        var round = fx.publishedRound("Spring round " + UUID.randomUUID(), now.plusDays(5), now.plusDays(50));
        var checker = open(round);
        answer(checker, "Yes", "Yes", "Yes");
        _click(checker.check);

        assertThat(resultText(checker)).isEqualTo("You can applyYour group meets the rules, but the round is not"
                + " taking applications now: Opens " + London.format(round.opensAt()) + ".");
        assertThat(_find(checker.result, Anchor.class)).isEmpty();
    }

    @Test
    void aRoundPastItsClosingTimeSaysItClosedEvenBeforeTheClosingJobRuns() {
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        var round = fx.publishedRound("Short round " + UUID.randomUUID(), now.minusDays(1), now.plusDays(2));
        clock.advance(java.time.Duration.ofDays(3));

        var checker = open(round);
        assertThat(_get(PublicRoundView.class).getElement().getTextRecursively())
                .contains("Closed on " + London.format(round.closesAt()));
        answer(checker, "Yes", "Yes", "Yes");
        _click(checker.check);

        assertThat(resultText(checker)).isEqualTo("You can applyYour group meets the rules, but the round is not"
                + " taking applications now: Closed on " + London.format(round.closesAt()) + ".");
        assertThat(_find(checker.result, Anchor.class)).isEmpty();
    }

    @Test
    void inBengaliThePageAndTheCheckerSpeakBengaliWithBritishFigures() {
        var round = fx.openRound("Public round " + UUID.randomUUID());
        UI.getCurrent().setLocale(Language.BENGALI.locale());
        var checker = open(round);
        String page = _get(PublicRoundView.class).getElement().getTextRecursively();
        var need = round.priorities().getFirst();

        assertThat(page).contains("আপনার গ্রুপ কি আবেদন করতে পারবে?", "মোট তহবিল", round.pot().toShortString(),
                round.minGrant().toShortString() + " থেকে " + round.maxGrant().toShortString(),
                need.areaName() + " এলাকায় " + translations.text(Language.BENGALI, need.needName()),
                London.format(round.projectEndLimit()));
        assertThat(page).as("figures in Latin digits").doesNotContainPattern("[০-৯]");
        assertThat(checker.answers.values()).allSatisfy(group -> assertThat(group.getItemLabelGenerator().apply("Yes"))
                .isEqualTo("হ্যাঁ"));

        answer(checker, "Yes", null, null);
        _click(checker.check);
        assertThat(resultText(checker)).isEqualTo("অনুগ্রহ করে সব প্রশ্নের উত্তর দিন।");
        answer(checker, "Yes", "Yes", "Yes");
        _click(checker.check);
        assertThat(_find(checker.result, H3.class)).extracting(H3::getText).containsExactly("আপনি আবেদন করতে পারেন");
        assertThat(_get(PublicRoundView.class).getPageTitle()).isEqualTo(round.title() + " · কমিউনিটি চেস্ট");
    }

    @Test
    void thePageSaysHowThePanelSharesOutTheMoneyAndInWhatOrderTiesGoInEnglishAndBengali() {
        var round = fx.openRound("Rules round " + UUID.randomUUID());
        var ward = fx.wards(fx.thtId()).getFirst();
        var need = fx.needs(fx.thtId()).getFirst();
        var rules = new AllocationRules(List.of(new MinimumShare(ShareOf.AREA, ward.id(), 20),
                new MinimumShare(ShareOf.NEED, need.id(), 10)), true,
                new SmallGroupShare(15, IncomeBand.FROM_10K_TO_50K), 1, 50);
        fx.as(ApplicationFixtures.OFFICER, () -> fx.rounds.update(round.id(), round.version(), RoundForms.of(round),
                rules));

        open(round);
        var section = _get(HowTheMoneyIsSharedOut.class);
        assertThat(_get(section, H2.class).getText()).isEqualTo("How the panel shares out the money");
        assertThat(_find(section, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "At least 20% of the pot (£12,000) goes to projects in " + ward.name() + ".",
                "At least 10% of the pot (£6,000) goes to projects that help with "
                        + translations.text(Language.ENGLISH, need.name()) + ".",
                "A group can get at most one grant from this round.",
                "At least 15% of the pot (£9,000) is kept for small groups: those with a yearly income in the band"
                        + " “£10,000 to £50,000” or a lower one.",
                "Together, the projects funded cover at least 1 of the priority gaps listed above.",
                "If the money left is not enough for the next bid in line, the panel may offer that group the money"
                        + " left, as long as it is at least 50% of what the group asked for.",
                "the higher median score: the middle one of the panel members' scores",
                "the higher score on the first criterion, “Meets a referral gap”",
                "the lower cost",
                "a lottery drawn by computer: the number the draw starts from is recorded, so anyone can check it");
        assertThat(section.getElement().getTextRecursively()).contains("from the pot of £60,000",
                "When bids have the same score, they are put in this order:");

        UI.getCurrent().setLocale(Language.BENGALI.locale());
        open(round);
        var bengali = _get(HowTheMoneyIsSharedOut.class);
        assertThat(_get(bengali, H2.class).getText()).isEqualTo("প্যানেল কীভাবে টাকা ভাগ করে");
        assertThat(_find(bengali, ListItem.class)).extracting(ListItem::getText).contains(
                "তহবিলের অন্তত 20% (£12,000) যাবে " + ward.name() + " এলাকার প্রকল্পগুলোতে।",
                "এই রাউন্ড থেকে একটি গ্রুপ সর্বোচ্চ একটি অনুদান পেতে পারে।",
                "প্রথম মানদণ্ড “Meets a referral gap”-এ যার নম্বর বেশি", "যার খরচ কম");
        assertThat(bengali.getElement().getTextRecursively()).doesNotContainPattern("[০-৯]");
    }

    @Test
    void aRoundWithoutRulesStillSaysBidsAreFundedWholeAndHowTiesGo() {
        var round = fx.openRound("Plain round " + UUID.randomUUID());
        open(round);
        var section = _get(HowTheMoneyIsSharedOut.class);
        assertThat(_find(section, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Each bid is funded in full or not at all.",
                "the higher median score: the middle one of the panel members' scores",
                "the higher score on the first criterion, “Meets a referral gap”",
                "the lower cost",
                "a lottery drawn by computer: the number the draw starts from is recorded, so anyone can check it");
    }

    @Test
    void anUnpublishedRoundIsNotFound() {
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        long draft = fx.as(ApplicationFixtures.OFFICER, () -> fx.rounds.create(fx.roundForm(
                "Secret round " + UUID.randomUUID(), now.plusDays(1), now.plusDays(9))).id());
        navigate(RoundsNavigation.publicRound(draft));
        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(PublicRoundView.class)).isEmpty();
    }
}

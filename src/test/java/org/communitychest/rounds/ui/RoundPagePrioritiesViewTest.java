package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.rounds.GapRounds.priority;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.KaribuTest;
import org.communitychest.base.Language;
import org.communitychest.gaps.DatabaseStatements;
import org.communitychest.rounds.GapRounds;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.Rounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The round's public page says why each priority gap was chosen, from the figures kept with the round, in English
 * and in Bengali: "fewer than 5" for a suppressed count, "at least" for a total that leaves one out, nothing where
 * the officer keeps the figures off the page or there are none.
 */
class RoundPagePrioritiesViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    GapRounds gapRounds;
    GapRounds.Tenant tenant;
    RoundDetails round;

    @BeforeEach
    void aRoundAimedAtFiveGaps() {
        gapRounds = new GapRounds(context);
        tenant = gapRounds.tenant();
        round = gapRounds.openRound(tenant, List.of(
                priority(tenant, "CARERS", "Ward D", null, null, null, true),
                priority(tenant, "LONELINESS_ISOLATION", "Ward B", 30, null, 12, true),
                priority(tenant, "HOUSING", "Ward C", 20, 6, 2, false),
                new RoundForm.PriorityRef(tenant.need("MENTAL_WELLBEING").id(), tenant.ward("Ward E").id()),
                priority(tenant, "LONELINESS_ISOLATION", "Ward A", 40, 15, 9, true)));
    }

    private List<String> priorities() {
        navigate(RoundsNavigation.publicRound(round.id()));
        var list = _get(_get(PublicRoundView.class), UnorderedList.class,
                spec -> spec.withClasses("cc-priority-gaps"));
        return _find(list, ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
    }

    private static String page() {
        return _get(PublicRoundView.class).getElement().getTextRecursively();
    }

    @Test
    void eachPriorityWithWhyItWasChosenLargestFirst() {
        assertThat(priorities()).containsExactly(
                "Loneliness and social isolation in Ward A24 people in Ward A could not be connected to a suitable"
                        + " local activity between 1 April 2026 and 30 June 2026. Of these: 15 with nothing suitable"
                        + " to go to, 9 on a waiting list.",
                "Loneliness and social isolation in Ward BAt least 12 people in Ward B could not be connected to a"
                        + " suitable local activity between 1 April 2026 and 30 June 2026. Of these: fewer than 5"
                        + " with nothing suitable to go to, 12 on a waiting list.",
                "Housing in Ward C",
                "Support for carers in Ward DFewer than 10 people in Ward D could not be connected to a suitable"
                        + " local activity between 1 April 2026 and 30 June 2026. Of these: fewer than 5 with"
                        + " nothing suitable to go to, fewer than 5 on a waiting list.",
                "Mental wellbeing in Ward E");
        assertThat(page()).contains("To keep people's details private, the records do not give numbers under 5.");
    }

    @Test
    void inBengaliTooWithFiguresInLatinDigits() {
        UI.getCurrent().setLocale(Language.BENGALI.locale());
        var shown = priorities();

        assertThat(shown.getFirst()).isEqualTo("Ward A এলাকায় একাকীত্ব ও সামাজিক বিচ্ছিন্নতা"
                + "1 April 2026 থেকে 30 June 2026 পর্যন্ত Ward A এলাকায় 24\u00A0জন মানুষকে কাছাকাছি কোনো উপযুক্ত"
                + " কার্যক্রমের সঙ্গে যুক্ত করা যায়নি। এঁদের মধ্যে: যাওয়ার মতো উপযুক্ত কিছু ছিল না 15\u00A0জনের,"
                + " অপেক্ষার তালিকায় ছিলেন 9\u00A0জন।");
        assertThat(shown.get(1)).contains("অন্তত 12\u00A0জন মানুষকে", "ছিল না 5-এর কম\u00A0জনের");
        assertThat(shown.get(2)).doesNotContain("জন");
        assertThat(shown.get(3)).contains("10\u00A0জনের কম মানুষকে");
        assertThat(page()).contains("রেকর্ডে 5-এর কম সংখ্যা দেওয়া হয় না").doesNotContainPattern("[০-৯]");
    }

    @Test
    void aRoundWithManyPrioritiesIsReadWithTheStatementsOfARoundWithOne() {
        var one = gapRounds.openRound(tenant, List.of(priority(tenant, "HOUSING", "Ward A", 20, 6, 2, true)));
        var many = new ArrayList<RoundForm.PriorityRef>();
        for (var ward : tenant.wards()) {
            for (var need : tenant.needs().subList(0, 4)) {
                many.add(new RoundForm.PriorityRef(need.id(), ward.id(), new org.communitychest.rounds
                        .PriorityFigures(GapRounds.PERIOD, 20, 6, null), true));
            }
        }
        var twenty = gapRounds.openRound(tenant, many);
        rounds.published(one.id());

        long oneStatements = DatabaseStatements.count(jdbc, () -> rounds.published(one.id()));
        long twentyStatements = DatabaseStatements.count(jdbc, () -> assertThat(rounds.published(twenty.id())
                .priorities()).hasSize(20));

        assertThat(twentyStatements).as("20 priorities (1: %s)", oneStatements).isEqualTo(oneStatements);
    }
}

package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The needs and areas pickers work with typing and Enter alone: part of a name and Enter chooses the first item
 * not yet chosen that the list shows for it, and is saved; text that matches nothing is said to, beside the field.
 */
class PickersByTypingViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    long id;
    String member;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.demoRound();
        member = fx.newApplicant("Kofi Keys");
        long group = fx.newGroup(member, "Keyboard Club " + UUID.randomUUID());
        id = fx.as(member, () -> fx.start(round, group, FormType.SHORT));
        loginAs(member);
        navigate(ApplicationsNavigation.section(id, Section.WHO));
    }

    /** What the browser sends when Enter is pressed on text that is not a whole name in the list. */
    private static void typeAndEnter(MultiSelectComboBox<?> field, String text) {
        ComponentUtil.fireEvent(field, new CustomValueSetEvent<>(field, true, text));
    }

    private static WhoSection who() {
        return (WhoSection) _get(SectionView.class).editor;
    }

    @Test
    void partOfANameAndEnterChoosesTheFirstMatchNotYetChosenAndSavesIt() {
        typeAndEnter(who().needs, "wellb");
        assertThat(who().needs.getValue()).extracting(NeedCategoryInfo::label).containsExactly("Mental wellbeing");
        assertThat(who().needs.isInvalid()).isFalse();

        typeAndEnter(who().areas, "bow");
        typeAndEnter(who().areas, "BOW");
        assertThat(who().areas.getValue()).extracting(AreaInfo::name).containsExactlyInAnyOrder("Bow East",
                "Bow West");
        assertThat(who().areas.isAllowCustomValue()).isTrue();

        var saved = fx.as(member, () -> fx.drafts.get(id));
        assertThat(saved.needs().stream().map(NeedCategoryInfo::label).collect(Collectors.toSet()))
                .isEqualTo(Set.of("Mental wellbeing"));
        assertThat(saved.areas().stream().map(AreaInfo::name).collect(Collectors.toSet()))
                .isEqualTo(Set.of("Bow East", "Bow West"));
    }

    @Test
    void textThatMatchesNoNameIsSaidToBesideTheFieldAndChangesNothing() {
        typeAndEnter(who().areas, "Poplar");
        typeAndEnter(who().areas, "Narnia");
        assertThat(who().areas.isInvalid()).isTrue();
        assertThat(who().areas.getErrorMessage()).isEqualTo("No area in the list has “Narnia” in its name. Type"
                + " part of a name from the list, or use the arrow keys.");
        assertThat(who().areas.getValue()).extracting(AreaInfo::name).containsExactly("Poplar");
        assertThat(fx.as(member, () -> fx.drafts.get(id)).areas()).extracting(AreaInfo::name)
                .containsExactly("Poplar");

        typeAndEnter(who().areas, "lime");
        assertThat(who().areas.isInvalid()).as("a match clears the message").isFalse();
    }
}

package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a section page says keeps up with what is typed and speaks our English: the application's name above the
 * heading follows the title as it is saved, and a multi-select counts what is chosen with plurals.
 */
class SectionTextsViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    long id;

    @BeforeEach
    void newDraft() {
        fx = new ApplicationFixtures(context);
        var round = fx.openRound("Section texts " + UUID.randomUUID());
        String member = fx.newApplicant("Tia Texts");
        long group = fx.newGroup(member, "Wapping Walkers " + UUID.randomUUID());
        id = fx.as(member, () -> fx.start(round, group, FormType.FULL));
        loginAs(member);
    }

    private SectionView open(Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    @Test
    void theApplicationsNameFollowsTheTitleAsItIsSaved() {
        var page = open(Section.ABOUT);
        var about = (AboutSection) page.editor;
        assertThat(page.applicationTitle.getText()).isEqualTo("Untitled application");

        _setValue(about.projectTitle, "  Canal-side tea dances ");
        assertThat(page.applicationTitle.getText()).isEqualTo("Canal-side tea dances");

        _setValue(about.projectTitle, "x".repeat(201));
        assertThat(about.projectTitle.isInvalid()).isTrue();
        assertThat(page.applicationTitle.getText()).as("a refused title is not the application's name")
                .isEqualTo("Canal-side tea dances");

        _setValue(about.projectTitle, "");
        assertThat(page.applicationTitle.getText()).isEqualTo("Untitled application");

        _setValue(about.projectTitle, "Tea dances");
        page = open(Section.ABOUT);
        assertThat(page.applicationTitle.getText()).isEqualTo("Tea dances");
    }

    @Test
    void theNeedsAndAreasChosenAreCountedInWords() {
        var page = open(Section.WHO);
        var who = (WhoSection) page.editor;
        assertThat(who.needsChosen.getText()).isEqualTo("None chosen yet.");
        assertThat(who.needs.getI18n().getTotal()).isEqualTo("Chosen so far: {count}.");
        assertThat(who.needs.getI18n().getSelected()).isEqualTo("chosen.");

        var needs = fx.needs(fx.thtId());
        _setValue(who.needs, java.util.Set.of(needs.getFirst()));
        assertThat(who.needsChosen.getText()).isEqualTo("1 need chosen.");
        _setValue(who.needs, new HashSet<>(needs.subList(0, 3)));
        assertThat(who.needsChosen.getText()).isEqualTo("3 needs chosen.");
        _setValue(who.areas, java.util.Set.of(fx.wards(fx.thtId()).getFirst()));
        assertThat(who.areasChosen.getText()).isEqualTo("1 area chosen.");

        who = (WhoSection) open(Section.WHO).editor;
        assertThat(who.needsChosen.getText()).as("counted from what is stored").isEqualTo("3 needs chosen.");
        assertThat(who.areasChosen.getText()).isEqualTo("1 area chosen.");
    }
}

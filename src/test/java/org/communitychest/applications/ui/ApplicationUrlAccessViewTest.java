package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.Section;
import org.communitychest.base.ui.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Typing another group's application id into the address bar shows "Not found", never their answers. */
class ApplicationUrlAccessViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    String owner;
    long ownDraft;
    long theirDraft;
    long theirSubmitted;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        var round = fx.openRound("URL round " + UUID.randomUUID());
        owner = fx.newApplicant("Uma Owner");
        String other = fx.newApplicant("Ulrich Other");
        long ownGroup = fx.newGroup(owner, "Uma's Knitting Circle " + UUID.randomUUID());
        long otherGroup = fx.newGroup(other, "Ulrich's Men's Shed " + UUID.randomUUID());
        ownDraft = fx.as(owner, () -> fx.start(round, ownGroup, org.communitychest.applications.FormType.FULL));
        theirDraft = fx.as(other, () -> fx.completeFullDraft(round, otherGroup, "Ulrich's Confidential Plan"));
        theirSubmitted = fx.as(other, () -> {
            long id = fx.completeShortDraft(round, otherGroup, "Ulrich's Submitted Plan");
            fx.submit(id);
            return id;
        });
    }

    /** Everything on screen: the outermost view of the router chain (the layout) and all inside it. */
    private static String pageText() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.getLast().getElement().getTextRecursively();
    }

    private void assertNotFound(String location) {
        navigate(location);
        assertThat(_find(NotFoundView.class)).as(location).hasSize(1);
        assertThat(_get(H1.class).getText()).as(location).isEqualTo("Not found");
        assertThat(pageText()).as(location).contains("We could not find that page or record")
                .doesNotContain("Ulrich");
        assertThat(_find(TaskListView.class)).isEmpty();
        assertThat(_find(SectionView.class)).isEmpty();
        assertThat(_find(CheckAnswersView.class)).isEmpty();
    }

    @Test
    void anotherGroupsApplicationIsNotFoundWhateverThePage() {
        loginAs(owner);

        navigate(ApplicationsNavigation.taskList(ownDraft));
        assertThat(_find(TaskListView.class)).as("my own application opens").hasSize(1);
        navigate(ApplicationsNavigation.section(ownDraft, Section.BUDGET));
        assertThat(_find(SectionView.class)).hasSize(1);

        for (long id : List.of(theirDraft, theirSubmitted)) {
            assertNotFound(ApplicationsNavigation.taskList(id));
            assertNotFound(ApplicationsNavigation.check(id));
            for (var section : Section.values()) {
                assertNotFound(ApplicationsNavigation.section(id, section));
            }
        }
        assertNotFound("applications/999999999");
        assertNotFound("applications/999999999/section/budget");
        assertNotFound("applications/" + ownDraft + "/section/not-a-section");
    }

    @Test
    void theDashboardListsOnlyMyGroupsApplications() {
        loginAs(owner);
        navigate(ApplicationsNavigation.mine());
        assertThat(pageText()).contains("Uma's Knitting Circle").doesNotContain("Ulrich");
    }
}

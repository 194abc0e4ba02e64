package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Check your answers: each "Change" link is named for its section, so a list of links does not repeat itself. */
class ChangeLinksViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    private static java.util.List<String> changeLinkNames() {
        return _find(Anchor.class).stream().filter(a -> a.getText().equals("Change") || a.getText().equals("বদলান"))
                .map(a -> a.getElement().getAttribute("aria-label")).toList();
    }

    @Test
    void eachChangeLinkIsNamedForItsSectionInEitherLanguage() {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Change links " + UUID.randomUUID());
        String member = fx.newApplicant("Cleo Change");
        long group = fx.newGroup(member, "Cable Street Choir " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.completeFullDraft(round, group, "Sing out"));
        loginAs(member);

        navigate(ApplicationsNavigation.check(id));
        var names = changeLinkNames();
        assertThat(names).contains("Change The group", "Change Budget").doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith("Change "));

        com.vaadin.flow.component.UI.getCurrent().setLocale(Language.BENGALI.locale());
        navigate(ApplicationsNavigation.check(id));
        assertThat(changeLinkNames()).contains("বাজেট বদলান").doesNotHaveDuplicates();
    }
}

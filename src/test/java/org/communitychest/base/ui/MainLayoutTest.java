package org.communitychest.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.context.SecurityContextHolder;

/** The side navigation and home page each demo role sees. */
class MainLayoutTest extends KaribuTest {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void administratorSeesTheAdministrationMenu() {
        loginAs("admin@example.org");
        navigate("");

        assertThat(menu()).containsExactly("Home", "Referral gaps", "Referral gaps: map", "Referral gaps: import", "Users", "Areas",
                "Need categories", "Mail log", "Audit trail");
        assertThat(_find(SideNav.class)).extracting(SideNav::getLabel).containsExactly(null, "Administration");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath)
                .containsExactly("", "gaps", "gaps/map", "gaps/import", "admin/users", "admin/areas", "admin/need-categories",
                        "admin/mail", "admin/audit");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("People", "Reference data");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("21 areas and 16 need categories in use.");
    }

    @ParameterizedTest
    @CsvSource({
        "officer@example.org,   Priya Shah,   Tower Hamlets Together",
        "panellist@example.org, Tom Hughes,   Tower Hamlets Together",
        "applicant@example.org, Amina Begum,  Community group account"})
    void otherRolesSeeNoAdministration(String email, String name, String contextLine) {
        loginAs(email);
        navigate("");

        assertThat(menu()).contains("Home").doesNotContain("Users", "Areas", "Need categories", "Mail log",
                "Audit trail");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, " + name);
        assertThat(_find(H2.class)).extracting(H2::getText).as("no administration cards")
                .doesNotContain("People", "Reference data");
        assertThat(_find(Span.class))
                .extracting(Span::getText).contains(name, contextLine);
        assertThat(_get(Button.class, spec -> spec.withText("Sign out")).isVisible()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"officer@example.org", "panellist@example.org", "applicant@example.org"})
    void homePageDoesNotTellSomeoneWithARoleThatTheyHaveNone(String email) {
        loginAs(email);
        navigate("");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(text -> text.startsWith("Your account has no role yet"));
    }

    @Test
    void accountWithoutAnyRoleIsToldToAskForOne() {
        String email = uniqueEmail("roleless");
        SystemActor.callAsSystem(() -> demoAccounts.create(email, "Nora None", thtId(), Set.of(), GOOD_PASSWORD));
        loginAs(email, GOOD_PASSWORD);
        navigate("");
        assertThat(menu()).containsExactly("Home");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "Your account has no role yet. Ask your partnership's administrator to give you one.");
    }

    @Test
    void signOutForgetsTheUser() {
        loginAs("officer@example.org");
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Sign out")));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anonymousVisitorOfTheHomePageIsSentToSignIn() {
        navigate("");
        assertThat(pendingRedirect()).contains("/login");
        assertThat(shownViews()).isEmpty();
    }
}

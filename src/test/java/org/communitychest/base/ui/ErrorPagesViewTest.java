package org.communitychest.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.internal.JacksonUtils;
import org.communitychest.KaribuTest;
import org.junit.jupiter.api.Test;

/** The pages a person meets when a link is wrong or not for them: plain words, the layout, and the way home. */
class ErrorPagesViewTest extends KaribuTest {

    @Test
    void anApplicantAtAReviewPageIsToldTheyHaveNoAccessInsideTheLayout() {
        loginAs("applicant@example.org");

        navigate("review/1");

        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "AccessDeniedView");
        assertThat(_get(H1.class).getText()).isEqualTo("You don't have access to this page");
        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
                .contains("Your account cannot open this page");
        assertThat(_get(AccessDeniedView.class).getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .map(Anchor::getHref)).containsExactly("");
        assertThat(title()).isEqualTo("You don't have access to this page · Community Chest");

        navigate("rounds/1/applications");
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "AccessDeniedView");
        navigate("");
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "HomeView");
    }

    @Test
    void aMalformedIdAndAnUnknownAddressShowTheNotFoundPage() {
        loginAs("applicant@example.org");

        for (String location : new String[] {"applications/abc", "applications/abc/check",
                "applications/1x/section/budget", "funding/abc", "applications/12345678901234567890",
                "no-such-page", "admin/nothing-here"}) {
            openInBrowser(location);
            assertThat(shownViews()).as(location).extracting(Class::getSimpleName)
                    .containsExactly("MainLayout", "NoSuchPageView");
            assertThat(_get(H1.class).getText()).as(location).isEqualTo("Not found");
            assertThat(title()).as(location).isEqualTo("Not found · Community Chest");
        }
    }

    @Test
    void aMissingRecordShowsTheSameNotFoundPage() {
        loginAs("applicant@example.org");

        navigate("applications/999999999");

        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "NotFoundView");
        assertThat(title()).isEqualTo("Not found · Community Chest");
    }

    /**
     * As the browser does for an address the server has no route for: {@code UI.navigate} hands such an address
     * to the client-side router, which asks the server to render it (the {@code ui-navigate} event).
     */
    private static void openInBrowser(String location) {
        var data = JacksonUtils.createObjectNode();
        data.put("route", location);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "link");
        BasicUtilsKt._fireDomEvent(UI.getCurrent(), "ui-navigate", data);
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }
}

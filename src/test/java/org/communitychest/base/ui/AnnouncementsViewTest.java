package org.communitychest.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.communitychest.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * What screen readers are told: errors interrupt (assertive), confirmations wait their turn (polite); every page
 * starts with the skip link to its main landmark.
 */
class AnnouncementsViewTest extends KaribuTest {

    @Test
    void errorsAreReadOutAtOnceAndConfirmationsPolitely() {
        navigate("funding");

        assertThat(Notifications.error("Could not save").isAssertive()).isTrue();
        assertThat(Notifications.success("Saved").isAssertive()).isFalse();
    }

    @Test
    void theSkipLinkLeadsToThePagesMainLandmark() {
        navigate("funding");

        var skip = _get(SkipLink.class);
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getHref()).isEqualTo("#" + SkipLink.TARGET);
        var view = UI.getCurrent().getCurrentView().getElement();
        assertThat(view.getAttribute("role")).isEqualTo("main");
        assertThat(view.getAttribute("tabindex")).as("a shadow host with tabindex -1 leaves the Tab order").isNull();
        var start = view.getChild(0);
        assertThat(start.getAttribute("id")).isEqualTo(SkipLink.TARGET);
        assertThat(start.getAttribute("tabindex")).isEqualTo("-1");
    }
}

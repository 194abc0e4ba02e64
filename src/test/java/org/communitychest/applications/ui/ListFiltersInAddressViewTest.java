package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.RoundSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The officer's lists keep their filters in the address: a link with filters opens the list filtered, and changing
 * a filter puts it into the address (without a new history entry), so back, reload and a shared link show the same
 * list. An address with filters the page does not know is shown unfiltered, not as an error.
 */
class ListFiltersInAddressViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    String project;

    @BeforeEach
    void roundWithOneSubmittedApplication() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Filters in address " + UUID.randomUUID());
        String member = fx.newApplicant("Fran Filters");
        long group = fx.newGroup(member, "Bethnal Green Bakers " + UUID.randomUUID());
        project = "Bread for all " + UUID.randomUUID();
        fx.as(member, () -> fx.submit(fx.completeShortDraft(round, group, project)));
        loginAs(ApplicationFixtures.OFFICER);
    }

    /** The address the page last gave the browser, if it gave one. */
    private static String lastAddress() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                // Vaadin replaces the address itself, or through its React router when that is on.
                .filter(i -> i.getExpression().contains("history.replaceState")
                        || i.getExpression().contains("replace: true"))
                .map(i -> String.valueOf(i.getParameters().get(1)))
                .reduce((first, last) -> last).orElse(null);
    }

    /** An address as path and parameters: the order of the parameters does not matter to the page. */
    private static void assertAddress(String address, String path, String... parameters) {
        assertThat(address).as("an address was given").isNotNull();
        int query = address.indexOf('?');
        assertThat(query < 0 ? address : address.substring(0, query)).isEqualTo(path);
        var expected = new java.util.HashMap<String, java.util.List<String>>();
        for (int i = 0; i < parameters.length; i += 2) {
            expected.put(parameters[i], java.util.List.of(parameters[i + 1]));
        }
        assertThat(query < 0 ? java.util.Map.of() : QueryParameters.fromString(address.substring(query + 1))
                .getParameters()).isEqualTo(expected);
    }

    @Test
    void theApplicationsListOpensWithTheFiltersOfItsAddressAndPutsChangesIntoIt() {
        String list = ApplicationsNavigation.roundApplications(round.id());
        navigate(list + "?status=eligible&search=Bread");
        var view = _get(RoundApplicationsView.class);
        assertThat(view.status.getValue()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(view.search.getValue()).isEqualTo("Bread");
        assertThat(view.count.getText()).isEqualTo("0 applications");
        assertThat(lastAddress()).as("opening the page does not rewrite its address").isNull();

        _setValue(view.status, ApplicationStatus.SUBMITTED);
        assertThat(view.count.getText()).isEqualTo("1 application");
        assertAddress(lastAddress(), list, "status", "submitted", "search", "Bread");
        var need = fx.needs(fx.thtId()).getFirst();
        _setValue(view.need, view.need.getListDataView().getItems().filter(n -> n.id() == need.id())
                .findFirst().orElseThrow());
        String address = lastAddress();
        assertAddress(address, list, "status", "submitted", "need", String.valueOf(need.id()), "search", "Bread");

        navigate(address);
        view = _get(RoundApplicationsView.class);
        assertThat(view.need.getValue().id()).as("a reload shows the same list").isEqualTo(need.id());
        assertThat(view.count.getText()).isEqualTo("1 application");

        _setValue(view.status, null);
        _setValue(view.need, null);
        _setValue(view.search, "");
        assertAddress(lastAddress(), list);
    }

    @Test
    void anAddressWithUnknownFiltersShowsTheWholeList() {
        navigate(ApplicationsNavigation.roundApplications(round.id()) + "?status=bogus&need=abc&area=999999999");
        var view = _get(RoundApplicationsView.class);
        assertThat(view.status.getValue()).isNull();
        assertThat(view.need.getValue()).isNull();
        assertThat(view.area.getValue()).isNull();
        assertThat(view.count.getText()).isEqualTo("1 application");
    }

    @Test
    void theRoundsListKeepsItsFiltersInItsAddressAndShowsEachRoundsActionsUnderItsName() {
        String search = round.title().substring(round.title().length() - 12);
        navigate("rounds?status=open&search=" + search);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = _get(Grid.class);
        @SuppressWarnings("unchecked")
        ComboBox<RoundStatus> status = _get(ComboBox.class);
        assertThat(status.getValue()).isEqualTo(RoundStatus.OPEN);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(round.id());
        var cell = GridKt._getCellComponent(grid, 0, "round");
        assertThat(cell.getElement().getTextRecursively()).startsWith(round.title());
        assertThat(_get(cell, Anchor.class, spec -> spec.withText("Applications")).getHref())
                .isEqualTo(ApplicationsNavigation.roundApplications(round.id()));
        assertThat(_get(cell, Anchor.class, spec -> spec.withText("Edit")).getHref())
                .isEqualTo(org.communitychest.rounds.ui.RoundsNavigation.edit(round.id()));

        _setValue(status, RoundStatus.DRAFT);
        assertThat(GridKt._size(grid)).isZero();
        assertAddress(lastAddress(), "rounds", "status", "draft", "search", search);
        _setValue(_get(TextField.class), "");
        _setValue(status, null);
        assertAddress(lastAddress(), "rounds");
    }
}

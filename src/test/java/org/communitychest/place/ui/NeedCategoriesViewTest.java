package org.communitychest.place.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.communitychest.ConcurrentSaves;
import org.communitychest.KaribuTest;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Need categories of a new partnership: the defaults, adding one, bad input, retiring and reinstating. */
class NeedCategoriesViewTest extends KaribuTest {

    private static final String CONCURRENT_CHANGE = "Someone else changed this since you opened it, so your change"
            + " was not saved. Reload the page to see their changes; what you typed is still on the screen.";

    @Autowired
    NeedCategories categories;
    @Autowired
    PlatformTransactionManager transactions;

    private Tenant tenant;
    private NeedCategoriesView view;

    @BeforeEach
    void open() {
        tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        navigate("admin/need-categories");
        view = (NeedCategoriesView) currentView();
        view.grid.getColumns().getLast().setKey("action");
    }

    private void add(String code, String label, String snomed) {
        _setValue(view.code, code);
        _setValue(view.label, label);
        _setValue(view.snomed, snomed);
        _click(view.add);
    }

    private int rowOf(String code) {
        var all = _findAll(view.grid);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " is not listed");
    }

    @Test
    void startsWithTheDefaultsAndAddsOne() {
        assertThat(_size(view.grid)).isEqualTo(16);

        add("food banks", "Food banks and pantries", "871731000000106");

        expectNotifications("Food banks and pantries added");
        assertThat(_size(view.grid)).isEqualTo(17);
        assertThat(_findAll(view.grid).getLast()).extracting(NeedCategoryInfo::code, NeedCategoryInfo::snomedCode)
                .containsExactly("FOOD_BANKS", "871731000000106");
        assertThat(view.code.getValue()).isEmpty();
        assertThat(view.label.getValue()).isEmpty();
    }

    @Test
    void badInputIsShownBesideTheFieldsAndSavesNothing() {
        add("1st", "", "12ab");
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage())
                .isEqualTo("Use capital letters, digits and underscores (2 to 40), starting with a letter");
        assertThat(view.label.getErrorMessage()).isEqualTo("Enter the name people will see");
        assertThat(view.snomed.getErrorMessage())
                .isEqualTo("A SNOMED CT code is 6 to 18 digits, such as 871731000000106");

        add("HOUSING", "x".repeat(121), "");
        assertThat(view.code.getErrorMessage()).isEqualTo("There is already a category with the code HOUSING");
        assertThat(view.label.getErrorMessage()).isEqualTo("The name must be 120 characters or fewer");
        assertThat(view.snomed.isInvalid()).isFalse();
        assertThat(view.code.getValue()).as("what was typed is kept").isEqualTo("HOUSING");

        assertThat(categories.ofPartnership(tenant.id())).hasSize(16);
    }

    @Test
    void retireAndReinstate() {
        int housing = rowOf("HOUSING");
        _click((Button) _getCellComponent(view.grid, housing, "action"));

        expectNotifications("Housing is retired");
        assertThat(_getFormattedRow(view.grid, rowOf("HOUSING"))).contains("Retired");
        assertThat(categories.activeOf(tenant.id())).extracting(NeedCategoryInfo::code).doesNotContain("HOUSING");
        var reinstate = (Button) _getCellComponent(view.grid, rowOf("HOUSING"), "action");
        assertThat(reinstate.getText()).isEqualTo("Reinstate");

        _click(reinstate);
        assertThat(_getFormattedRow(view.grid, rowOf("HOUSING"))).contains("In use");
        assertThat(categories.activeOf(tenant.id())).extracting(NeedCategoryInfo::code).contains("HOUSING");
        assertThat(jdbc.queryForList("select action from audit_entry where partnership_id = ? and subject_type ="
                + " 'NeedCategory' order by id", String.class, tenant.id()))
                .containsExactly("NEED_CATEGORY_RETIRED", "NEED_CATEGORY_REINSTATED");
    }

    @Test
    void twoAdministratorsRetiringAtTheSameMomentGetTheConflictMessageNotAnError() {
        long housing = _findAll(view.grid).get(rowOf("HOUSING")).id();
        ConcurrentSaves.colleagueSavesDuringTheNextCall(clock, jdbc, transactions, "need_category", housing);

        clickAsTheBrowserDoes((Button) _getCellComponent(view.grid, rowOf("HOUSING"), "action"));

        expectNotifications(CONCURRENT_CHANGE);
        assertThat(categories.activeOf(tenant.id())).extracting(NeedCategoryInfo::code).contains("HOUSING");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where partnership_id = ? and subject_type ="
                + " 'NeedCategory'", Integer.class, tenant.id())).as("nothing half-saved").isZero();

        clickAsTheBrowserDoes((Button) _getCellComponent(view.grid, rowOf("HOUSING"), "action"));
        expectNotifications("Housing is retired");
        assertThat(categories.activeOf(tenant.id())).extracting(NeedCategoryInfo::code).doesNotContain("HOUSING");
    }

    /** A click from the browser: an error from the listener goes to the session's error handler, as Vaadin does. */
    private static void clickAsTheBrowserDoes(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }
}

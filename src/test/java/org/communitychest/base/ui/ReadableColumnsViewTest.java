package org.communitychest.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.communitychest.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Long texts in grids are read in full at 1440 px, not cut to "Confir…": the column that holds them starts wide
 * enough for a few words and takes most of the spare width, and where the texts are longer still they wrap.
 */
class ReadableColumnsViewTest extends KaribuTest {

    private static Grid.Column<?> column(Grid<?> grid, String header) {
        return grid.getColumns().stream().filter(c -> header.equals(c.getHeaderText())).findFirst().orElseThrow();
    }

    private static void assertWide(Grid<?> grid, String header, double rem) {
        var column = column(grid, header);
        assertThat(column.getWidth()).as(header).endsWith("rem");
        assertThat(Double.parseDouble(column.getWidth().replace("rem", ""))).as(header).isGreaterThanOrEqualTo(rem);
        assertThat(column.getFlexGrow()).as(header).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theMailLogShowsTheWholeSubject() {
        loginAs("admin@example.org");
        navigate("admin/mail");

        Grid<?> grid = _get(Grid.class);
        assertWide(grid, "Subject", 16);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void theAuditTrailGivesBeforeAndAfterMostOfTheWidth() {
        loginAs("admin@example.org");
        navigate("admin/audit");

        Grid<?> grid = _get(Grid.class);
        assertWide(grid, "Before", 10);
        assertWide(grid, "After", 10);
        assertThat(grid.getColumns()).as("no column sizes itself to its longest text")
                .noneMatch(Grid.Column::isAutoWidth);
    }

    @Test
    void theOfficersRoundsListShowsWholeRoundNames() {
        loginAs("officer@example.org");
        navigate("rounds");

        Grid<?> grid = _get(Grid.class);
        assertWide(grid, "Round", 16);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }
}

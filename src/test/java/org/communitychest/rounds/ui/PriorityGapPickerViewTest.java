package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.rounds.GapRounds;
import org.communitychest.rounds.PriorityFigures;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The round editor's priority gaps: picked from the largest gaps of the latest figures, their figures kept with the
 * round however the figures change later; a need and area with no figures can still be added.
 */
class PriorityGapPickerViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    GapRounds gapRounds;
    GapRounds.Tenant tenant;

    @BeforeEach
    void aPartnershipOfItsOwn() {
        gapRounds = new GapRounds(context);
        tenant = gapRounds.tenant();
    }

    private RoundEditorView newRound() {
        loginAs(tenant.officer());
        navigate("rounds/new");
        var view = _get(RoundEditorView.class);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.HOURS);
        _setValue(view.title, "Aimed round " + UUID.randomUUID().toString().substring(0, 6));
        _setValue(view.description, "Activities where link workers find none.");
        _setValue(view.pot, new BigDecimal("20000"));
        _setValue(view.minGrant, new BigDecimal("250"));
        _setValue(view.maxGrant, new BigDecimal("5000"));
        _setValue(view.opensAt, now.plusDays(1));
        _setValue(view.closesAt, now.plusDays(40));
        _setValue(view.projectEndLimit, now.toLocalDate().plusMonths(9));
        return view;
    }

    private RoundDetails saved(long id) {
        return new ApplicationFixtures(context).as(tenant.officer(), () -> rounds.get(id));
    }

    private static long roundIdInPath() {
        return Long.parseLong(currentPath().replaceAll("\\D", ""));
    }

    private static Button addButton(PriorityGapPicker picker, int row) {
        return (Button) _getCellComponent(picker.gaps, row, "add");
    }

    private static List<String> chosenTexts(PriorityGapPicker picker) {
        return picker.chosenRows.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void theOfficerPicksTwoOfTheLargestGapsAndTheRoundKeepsTheirFiguresWhateverIsImportedLater() {
        gapRounds.importGaps(tenant, List.of(
                GapRounds.row(tenant, "Ward C", "HOUSING", "20,8,6,2,"),
                GapRounds.row(tenant, "Ward A", "LONELINESS_ISOLATION", "40,10,15,9,30"),
                GapRounds.row(tenant, "Ward D", "CARERS", "*,<5,6,0,"),
                GapRounds.row(tenant, "Ward B", "LONELINESS_ISOLATION", "30,5,<5,12,")));
        var view = newRound();
        var picker = view.gapPicker;

        assertThat(picker.getElement().getTextRecursively()).contains(
                "The largest gaps from 1 April 2026 – 30 June 2026, the latest figures");
        assertThat(_size(picker.gaps)).isEqualTo(4);
        assertThat(_getFormattedRow(picker.gaps, 0)).startsWith("Loneliness and social isolation", "Ward A", "24",
                "60%", "40");
        assertThat(_getFormattedRow(picker.gaps, 1)).startsWith("Loneliness and social isolation", "Ward B",
                "at least 12", "40%", "30");
        assertThat(_getFormattedRow(picker.gaps, 3)).startsWith("Support for carers", "Ward D", "6", "Unknown", "<5");
        assertThat(chosenTexts(picker)).containsExactly("No priority gaps chosen yet.");

        _setValue(picker.gapNeed, tenant.need("LONELINESS_ISOLATION"));
        assertThat(_size(picker.gaps)).as("one need's gaps").isEqualTo(2);
        _setValue(picker.gapArea, tenant.ward("Ward C"));
        assertThat(picker.gaps.isVisible()).isFalse();
        assertThat(picker.noMatch.isVisible()).isTrue();
        _setValue(picker.gapArea, null);
        assertThat(_size(picker.gaps)).isEqualTo(2);

        for (int attempt = 1; attempt <= 2; attempt++) {
            if (addButton(picker, 0).isEnabled()) {
                _click(addButton(picker, 0));
            }
            if (addButton(picker, 1).isEnabled()) {
                _click(addButton(picker, 1));
            }
            assertThat(addButton(picker, 0).getText()).as("attempt %d", attempt).isEqualTo("Added");
            assertThat(addButton(picker, 0).isEnabled()).isFalse();
            assertThat(chosenTexts(picker)).as("attempt %d", attempt).hasSize(2);
        }
        assertThat(chosenTexts(picker).getFirst()).contains("Loneliness and social isolation in Ward A",
                "24 unmet of 40 referred (60%), 1 April 2026 – 30 June 2026");
        assertThat(chosenTexts(picker).get(1)).contains("at least 12 unmet of 30 referred (40%)");
        var wardB = _find(picker.chosenRows, Checkbox.class).get(1);
        assertThat(wardB.getValue()).as("shown on the round's page unless unticked").isTrue();
        _setValue(wardB, false);

        _click(view.save);
        long id = roundIdInPath();
        view = _get(RoundEditorView.class);
        _click(view.save);
        assertThat(view.alertText()).as("saved twice, no conflict").isEmpty();

        var priorities = saved(id).priorities();
        assertThat(priorities).extracting(PriorityGap::areaName).containsExactly("Ward A", "Ward B");
        assertThat(priorities).extracting(PriorityGap::figures).containsExactly(
                new PriorityFigures(GapRounds.PERIOD, 40, 15, 9), new PriorityFigures(GapRounds.PERIOD, 30, null, 12));
        assertThat(priorities).extracting(PriorityGap::figuresPublic).containsExactly(true, false);
        assertThat(jdbc.queryForList("select unmet, unmet_lower_bound, received from round_priority where round_id = ?"
                + " order by unmet desc", id)).containsExactly(
                Map.of("unmet", 24, "unmet_lower_bound", false, "received", 40),
                Map.of("unmet", 12, "unmet_lower_bound", true, "received", 30));

        // The same quarter imported again with other figures: the round still says what the officer chose
        gapRounds.importGaps(tenant, List.of(GapRounds.row(tenant, "Ward A", "LONELINESS_ISOLATION", "40,37,2,1,")));
        assertThat(saved(id).priorities().getFirst().figures().unmet()).isEqualTo(24);
        navigate(RoundsNavigation.edit(id));
        picker = _get(RoundEditorView.class).gapPicker;
        assertThat(chosenTexts(picker).getFirst()).contains("24 unmet of 40 referred");
        assertThat(_find(picker.chosenRows, Checkbox.class).get(1).getValue()).isFalse();
        int wardA = rowOf(picker, "Ward A", "Loneliness and social isolation");
        assertThat(addButton(picker, wardA).getText()).as("the newer figures may replace the kept ones")
                .isEqualTo("Use these figures");
    }

    private static int rowOf(PriorityGapPicker picker, String ward, String need) {
        for (int row = 0; row < _size(picker.gaps); row++) {
            var cells = _getFormattedRow(picker.gaps, row);
            if (cells.get(0).equals(need) && cells.get(1).equals(ward)) {
                return row;
            }
        }
        throw new AssertionError(need + " in " + ward + " is not in the grid");
    }

    @Test
    void aNeedAndAreaFromTheFullListsTakesTheirLatestFiguresWhereThereAreAny() {
        gapRounds.importGaps(tenant, List.of(GapRounds.row(tenant, "Ward C", "HOUSING", "20,8,6,2,")));
        var picker = newRound().gapPicker;
        assertThat(picker.other.isOpened()).as("closed while there are figures to pick from").isFalse();

        _setValue(picker.otherNeed, tenant.need("HOUSING"));
        _setValue(picker.otherArea, tenant.ward("Ward C"));
        _click(picker.addOther);
        _setValue(picker.otherNeed, tenant.need("CARERS"));
        _click(picker.addOther);

        assertThat(chosenTexts(picker)).hasSize(2);
        assertThat(chosenTexts(picker).get(0)).contains("Housing in Ward C", "8 unmet of 20 referred (40%)");
        assertThat(chosenTexts(picker).get(1)).contains("Support for carers in Ward C",
                "No gap figures: chosen by need and area only");
        assertThat(addButton(picker, 0).getText()).isEqualTo("Added");
    }

    @Test
    void withoutGapFiguresTheEditorSaysSoLinksToTheImportAndStillTakesANeedAndArea() {
        var view = newRound();
        var picker = view.gapPicker;

        assertThat(picker.getElement().getTextRecursively()).contains("There are no referral gap figures yet.");
        var link = _get(picker, Anchor.class, spec -> spec.withText("Import gap figures"));
        assertThat(link.getHref()).isEqualTo("gaps/import");
        assertThat(picker.gaps.isVisible()).isFalse();
        assertThat(picker.noMatch.isVisible()).isFalse();
        assertThat(picker.other.isOpened()).isTrue();

        for (int attempt = 1; attempt <= 2; attempt++) {
            _setValue(picker.otherNeed, tenant.need("DIGITAL_INCLUSION"));
            _setValue(picker.otherArea, tenant.ward("Ward E"));
            _click(picker.addOther);
            assertThat(chosenTexts(picker)).as("attempt %d", attempt).hasSize(1);
        }
        assertThat(_find(picker.chosenRows, Checkbox.class)).as("no figures to show or hide").isEmpty();
        _click(view.save);
        long id = roundIdInPath();

        var priority = saved(id).priorities().getFirst();
        assertThat(priority.areaName()).isEqualTo("Ward E");
        assertThat(priority.figures()).isNull();
        assertThat(priority.reason()).isEmpty();
        assertThat(chosenTexts(_get(RoundEditorView.class).gapPicker)).singleElement().asString()
                .contains("Digital inclusion in Ward E", "No gap figures: chosen by need and area only");
    }
}

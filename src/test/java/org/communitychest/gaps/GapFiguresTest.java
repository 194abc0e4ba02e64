package org.communitychest.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.communitychest.IntegrationTest;
import org.communitychest.base.i18n.English;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gap figures as the spec computes them (unmet, unmet rate, priority, suppressed counts as lower bounds), and a
 * matrix of five years of quarters for 20 areas and 16 needs for the same few statements as a small one.
 */
class GapFiguresTest extends IntegrationTest {

    @Autowired
    private GapImports imports;
    @Autowired
    private GapFigures figures;
    @Autowired
    private Areas areas;
    @Autowired
    private NeedCategories needs;

    private static final LocalDate Q1 = LocalDate.of(2026, 4, 1);

    private String adminEmail;

    @BeforeEach
    void aPartnershipWithTwentyWards() {
        var tenant = newPartnershipWithAdmin();
        adminEmail = tenant.adminEmail();
        loginAs(adminEmail, GOOD_PASSWORD);
        String wards = IntStream.range(0, 20).mapToObj(i -> "WARD,E050%05d,Ward %02d,,%d".formatted(i, i, 1 + i % 10))
                .collect(Collectors.joining("\n"));
        areas.importCsv(new ByteArrayInputStream(("area_type,area_code,name,parent_code,imd_decile\n" + wards)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String row(LocalDate start, int ward, String need, String counts) {
        return start + "," + start.plusMonths(3).minusDays(1) + ",WARD,E050%05d,".formatted(ward) + need + ","
                + counts + ",JOY";
    }

    private void importRows(List<String> rows) {
        var status = GapFiles.importToTheEnd(imports, "gaps.csv", GapFiles.HEADER + "\n" + String.join("\n", rows)
                + "\n");
        assertThat(status.state()).as("%s", status).isEqualTo(GapImportState.DONE);
    }

    @Test
    void theLargestGapsComeFirstByUnmetThenRateThenDeprivationAndSuppressedCountsMakeALowerBound() {
        importRows(List.of(
                row(Q1, 1, "HOUSING", "40,20,10,9,"),          // unmet 19, rate 0.475
                row(Q1, 2, "HOUSING", "20,1,10,9,"),           // unmet 19, rate 0.95
                row(Q1, 3, "HOUSING", "20,1,10,9,"),           // unmet 19, rate 0.95, decile 4 (ward 2 is 3)
                row(Q1, 4, "LONELINESS_ISOLATION", "30,5,<5,12,"), // unmet at least 12
                row(Q1, 5, "CARERS", "*,<5,6,0,")));           // unmet 6, rate unknown

        var matrix = figures.matrix(new GapPeriod(Q1, Q1.plusMonths(3).minusDays(1)), null, null);

        assertThat(matrix).extracting(GapCell::areaName).containsExactly("Ward 02", "Ward 03", "Ward 01", "Ward 04",
                "Ward 05");
        assertThat(matrix).extracting(GapCell::unmet).containsExactly(19, 19, 19, 12, 6);
        var lonely = matrix.get(3);
        assertThat(lonely.lowerBound()).isTrue();
        assertThat(English.of(lonely.needName())).isEqualTo("Loneliness and social isolation");
        assertThat(lonely.unmetRate()).isEqualTo(0.4);
        assertThat(matrix.get(4).unmetRate()).as("received suppressed").isNull();
        assertThat(matrix.getFirst().lowerBound()).isFalse();

        long housing = needs.ofMyPartnership().stream().filter(n -> n.code().equals("HOUSING")).findFirst()
                .map(NeedCategoryInfo::id).orElseThrow();
        assertThat(figures.matrix(matrix.getFirst().period(), AreaType.WARD, housing)).hasSize(3);
        assertThat(figures.matrix(matrix.getFirst().period(), AreaType.LSOA, null)).isEmpty();
        assertThat(figures.largest(2)).extracting(GapCell::areaName).containsExactly("Ward 02", "Ward 03");
    }

    @Test
    void aCellsHistoryRunsOverEveryPeriod() {
        importRows(List.of(row(Q1, 1, "HOUSING", "40,20,10,9,"), row(Q1.plusMonths(3), 1, "HOUSING", "30,20,5,1,"),
                row(Q1.minusMonths(3), 1, "HOUSING", "10,5,2,1,")));
        var cell = figures.largest(1).getFirst();

        assertThat(figures.history(cell.areaId(), cell.needCategoryId())).extracting(GapCell::unmet)
                .containsExactly(3, 19, 6);
        assertThat(figures.periods()).hasSize(3).first().isEqualTo(cell.period());
    }

    @Test
    void aMatrixOfFiveYearsOfTwentyAreasAndSixteenNeedsCostsAsManyStatementsAsASmallOne() {
        var codes = needs.ofMyPartnership().stream().map(NeedCategoryInfo::code).toList();
        assertThat(codes).hasSize(16);
        importRows(List.of(row(Q1.minusYears(10), 0, "HOUSING", "10,5,2,1,")));
        var small = figures.periods().getFirst();
        var rows = new java.util.ArrayList<String>();
        for (int quarter = 0; quarter < 20; quarter++) {
            for (int ward = 0; ward < 20; ward++) {
                for (String need : codes) {
                    rows.add(row(Q1.plusMonths(3L * quarter), ward, need, (10 + ward) + ",5,3," + (quarter % 4)
                            + ","));
                }
            }
        }
        importRows(rows);
        var big = figures.periods().getFirst();

        long smallStatements = DatabaseStatements.count(jdbc, () -> figures.matrix(small, null, null));
        long bigStatements = DatabaseStatements.count(jdbc, () -> assertThat(figures.matrix(big, null, null))
                .hasSize(320));
        var top = figures.largest(1).getFirst();
        long historyStatements = DatabaseStatements.count(jdbc, () -> assertThat(figures.history(top.areaId(),
                top.needCategoryId())).hasSize(20));

        assertThat(smallStatements).as("a period of one figure").isPositive().isLessThanOrEqualTo(6);
        assertThat(bigStatements).as("a period of 320 figures, of 6,400 in five years").isEqualTo(smallStatements);
        assertThat(historyStatements).as("a cell over 20 quarters").isEqualTo(smallStatements);
    }
}

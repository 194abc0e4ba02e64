package org.communitychest.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.i18n.English;
import org.communitychest.place.AreaInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Importing gap figures: every rule of the spec, all or nothing, replaced figures kept, the same file once. */
class GapImportsTest extends IntegrationTest {

    private static final String HEADER = GapFiles.HEADER;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private GapImports imports;
    private ApplicationFixtures fx;
    private List<AreaInfo> wards;
    private LocalDate start;
    private LocalDate end;

    @BeforeEach
    void aPeriodOfItsOwn() {
        fx = new ApplicationFixtures(context);
        wards = fx.wards(fx.thtId());
        // The tests share one database: each imports figures for a quarter no other test uses.
        start = LocalDate.of(2100, 1, 1).plusWeeks(ThreadLocalRandom.current().nextInt(100_000));
        end = start.plusMonths(3).minusDays(1);
    }

    private String row(AreaInfo ward, String need, String counts) {
        return GapFiles.row(start, end, ward, need, counts);
    }

    private GapImportStatus importFile(String name, String content) {
        return fx.as(ApplicationFixtures.OFFICER, () -> GapFiles.importToTheEnd(imports, name, content));
    }

    private List<Map<String, Object>> current(AreaInfo ward) {
        return jdbc.queryForList("SELECT f.* FROM gap_figure f WHERE f.area_id = ? AND f.period_start = ? AND"
                + " f.replaced_by_import_id IS NULL", ward.id(), start);
    }

    private List<String> problems(long importId) {
        return fx.as(ApplicationFixtures.OFFICER, () -> imports.problems(importId, 0, 100)).stream()
                .map(p -> p.line() + " " + p.column() + ": " + English.of(p.reason())).toList();
    }

    @Test
    void aGoodFileIsSavedWithSuppressedCountsAsSuppressedNeverZero() {
        var status = importFile("gaps.csv", HEADER + "\n"
                + row(wards.get(0), "LONELINESS_ISOLATION", "42,15,19,8,35") + "\n"
                + row(wards.get(0), "HOUSING", "12,<5,*,,") + "\n");

        assertThat(status.state()).isEqualTo(GapImportState.DONE);
        assertThat(status.rowsSaved()).isEqualTo(2);
        assertThat(status.sha256()).hasSize(64);
        var figures = current(wards.get(0));
        assertThat(figures).hasSize(2);
        var housing = figures.stream().filter(f -> ((Number) f.get("line_number")).longValue() == 3).findFirst()
                .orElseThrow();
        assertThat(housing.get("referrals_received")).isEqualTo(12);
        assertThat(housing.get("referrals_connected")).as("<5").isNull();
        assertThat(housing.get("referrals_unmet")).as("*").isNull();
        assertThat(housing.get("referrals_waiting")).as("blank").isNull();
        assertThat(housing.get("median_wait_days")).as("not given").isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'GAP_FIGURES_IMPORTED'"
                + " AND subject_id = ?", Long.class, String.valueOf(status.id()))).isEqualTo(1);
    }

    @Test
    void headersInAnyOrderAndCaseWithAByteOrderMarkAndWindowsLineEndingsAreRead() {
        var status = importFile("excel.csv", "\uFEFFSource_System,Period_End,PERIOD_START,area_code,Area_Type,"
                + "need_category,referrals_received,referrals_connected,referrals_unmet,referrals_waiting,Notes\r\n"
                + "EMIS," + end + "," + start + "," + wards.get(1).code().toLowerCase() + ",ward,housing,10,5,3,2,"
                + "checked by Ana\r\n");

        assertThat(status.state()).isEqualTo(GapImportState.DONE);
        assertThat(current(wards.get(1))).singleElement().satisfies(f -> {
            assertThat(f.get("source_system")).isEqualTo("EMIS");
            assertThat(f.get("referrals_unmet")).isEqualTo(3);
        });
        assertThat(status.warnings()).extracting(English::of)
                .containsExactly("Column Notes is not a column of the gap file and was ignored.");
    }

    @Test
    void aFileWithAnyBadRowSavesNothingAndListsEveryBadRowWithItsLineColumnAndReason() {
        var status = importFile("bad.csv", HEADER + "\n"
                + row(wards.get(2), "LONELINESS_ISOLATION", "42,15,19,8,35") + "\n"
                + start + "," + start.minusDays(1) + ",WARD,E05999999,NOT_A_NEED,-1,x,50,2,,FAX\n"
                + row(wards.get(2), "HOUSING", "10,11,3,2,") + "\n"
                + row(wards.get(2), "HOUSING", "10,1,2") + "\n");

        assertThat(status.state()).isEqualTo(GapImportState.REFUSED);
        assertThat(current(wards.get(2))).as("the good row is not saved either").isEmpty();
        assertThat(problems(status.id())).containsExactly(
                "3 period_end: The period ends (" + start.minusDays(1) + ") before it starts (" + start + ").",
                "3 area_code: E05999999 is not an area of the partnership. An administrator can add it under Areas.",
                "3 need_category: NOT_A_NEED is not a need category of the partnership (or it is retired).",
                "3 referrals_received: -1 is below zero: a count of people cannot be.",
                "3 referrals_connected: x is not a whole number of people. Leave it blank, or write <5 or *, where"
                        + " the number was suppressed.",
                "3 source_system: FAX is not a source system: use JOY, ELEMENTAL, EMIS, SYSTMONE or MANUAL.",
                "4 referrals_connected: 11 is more than the 10 people referred.",
                "5 null: This row has 9 values; the header has 11.");
        assertThat(status.problemCount()).isEqualTo(8);

        var csv = new StringWriter();
        fx.as(ApplicationFixtures.OFFICER, () -> imports.writeProblemsCsv(status.id(), csv));
        assertThat(csv.toString()).startsWith("Line,Column,Problem\r\n3,period_end,The period ends")
                .contains("4,referrals_connected,11 is more than the 10 people referred.");
    }

    @Test
    void aColumnOfPeoplesDetailsRefusesTheFile() {
        var status = importFile("export.csv", HEADER + ",NHS Number\n"
                + row(wards.get(3), "HOUSING", "10,5,3,2,") + ",9434765919\n");

        assertThat(status.state()).isEqualTo(GapImportState.REFUSED);
        assertThat(problems(status.id())).containsExactly("1 NHS Number: Column NHS Number looks like it holds"
                + " people's details. Gap figures are counts about areas, never about people: remove the column and"
                + " import the file again.");
        assertThat(current(wards.get(3))).isEmpty();
    }

    @Test
    void aRowRepeatingAnotherRowsPeriodAreaAndNeedRefusesTheFile() {
        var status = importFile("twice.csv", HEADER + "\n" + row(wards.get(4), "HOUSING", "10,5,3,2,") + "\n"
                + row(wards.get(4), "CARERS", "10,5,3,2,") + "\n" + row(wards.get(4), "HOUSING", "11,5,3,2,") + "\n");

        assertThat(status.state()).isEqualTo(GapImportState.REFUSED);
        assertThat(problems(status.id())).containsExactly("4 null: This row repeats the period, area and need of"
                + " line 2.");
        assertThat(current(wards.get(4))).as("rolled back").isEmpty();
    }

    @Test
    void reimportingReplacesTheFiguresAndKeepsTheReplacedOnesInTheHistory() {
        var first = importFile("q1.csv", HEADER + "\n" + row(wards.get(5), "HOUSING", "10,5,3,2,") + "\n"
                + row(wards.get(5), "CARERS", "8,4,2,1,") + "\n");
        var second = importFile("q1-corrected.csv", HEADER + "\n" + row(wards.get(5), "HOUSING", "12,5,5,2,")
                + "\n");

        assertThat(second.state()).isEqualTo(GapImportState.DONE);
        assertThat(second.rowsReplaced()).isEqualTo(1);
        assertThat(current(wards.get(5))).extracting(f -> f.get("referrals_received"))
                .containsExactlyInAnyOrder(12, 8);
        assertThat(jdbc.queryForObject("SELECT replaced_by_import_id FROM gap_figure WHERE import_id = ? AND"
                + " referrals_received = 10", Long.class, first.id())).as("kept, marked replaced")
                .isEqualTo(second.id());
    }

    @Test
    void theSameFileTwiceChangesNothingAndSaysSo() {
        String content = HEADER + "\n" + row(wards.get(6), "HOUSING", "10,5,3,2,") + "\n";
        var first = importFile("gaps.csv", content);
        var again = importFile("gaps-copy.csv", content);

        assertThat(again.state()).isEqualTo(GapImportState.UNCHANGED);
        assertThat(again.sameAsImportId()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gap_figure WHERE import_id = ?", Long.class,
                again.id())).isZero();
        assertThat(current(wards.get(6))).hasSize(1);
    }

    @Test
    void anImportThePortalStoppedInTheMiddleOfIsMarkedFailedOnStartButOneStartedSinceRunsOn(
            @Autowired GapsConfiguration.Interrupted interrupted) {
        long before = jdbc.queryForObject("SELECT id FROM partnership WHERE code = 'THT'", Long.class);
        jdbc.update("INSERT INTO gap_import (partnership_id, file_name, file_sha256, file_bytes, imported_by,"
                + " started_at, state) VALUES (?, 'old.csv', ?, 10, 'x', ?, 'SAVING')", before, "a".repeat(64),
                java.sql.Timestamp.from(interrupted.portalStarted().minusSeconds(60)));
        jdbc.update("INSERT INTO gap_import (partnership_id, file_name, file_sha256, file_bytes, imported_by,"
                + " started_at, state) VALUES (?, 'new.csv', ?, 10, 'x', ?, 'CHECKING')", before, "b".repeat(64),
                java.sql.Timestamp.from(interrupted.portalStarted().plusSeconds(1)));

        interrupted.markFailed();

        assertThat(jdbc.queryForObject("SELECT state FROM gap_import WHERE file_name = 'old.csv'", String.class))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT state FROM gap_import WHERE file_name = 'new.csv'", String.class))
                .isEqualTo("CHECKING");
        jdbc.update("UPDATE gap_import SET state = 'FAILED' WHERE file_name = 'new.csv'");
    }

    @Test
    void anEmptyFileIsRefusedAtOnce() {
        fx.as(ApplicationFixtures.OFFICER, () -> assertThatThrownBy(() -> imports.start("empty.csv",
                new ByteArrayInputStream(new byte[0]))).isInstanceOf(InvalidInputException.class));
    }
}

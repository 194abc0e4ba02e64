package org.communitychest.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitychest.base.Message;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;

/** The gaps as CSV and XLSX: the figures as numbers, suppressed counts blank and never zero, lower bounds said. */
class GapExportTest {

    private static final GapPeriod Q1 = new GapPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    private final GapExport export = new GapExport(new Translations(true));
    private final List<GapCell> cells = List.of(
            new GapCell(Q1, 1, "Shadwell", "E05009331", 1, 7, Message.of("place.need-category.loneliness-isolation"),
                    30, 5, null, 19, 20),
            new GapCell(Q1, 2, "Bow East", "E05009317", 5, 8, Message.verbatim("Cooking together"), 12, 6, 3, 1,
                    null));

    @Test
    void csvHasAHeaderAndARowPerGapWithSuppressedCountsBlank() {
        String csv = new String(export.csv(cells), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "Period start,Period end,Area,Area code,Need,Unmet (unmet + waiting),Lower bound (a count was"
                        + " suppressed),Unmet rate,Referred,Connected,Unmet referrals,Waiting,Median wait (days),IMD"
                        + " decile",
                "2026-04-01,2026-06-30,Shadwell,E05009331,Loneliness and social isolation,19,yes,0.633,30,5,,19,20,1",
                "2026-04-01,2026-06-30,Bow East,E05009317,Cooking together,4,no,0.333,12,6,3,1,,5");
    }

    @Test
    void xlsxOpensInASpreadsheetWithTheFiguresAsNumbers() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(cells)))) {
            var sheet = book.getSheet("Referral gaps");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Unmet (unmet + waiting)");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(19);
            assertThat(sheet.getRow(1).getCell(10)).as("suppressed: blank, not zero").isNull();
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Cooking together");
        }
    }
}

package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.communitychest.base.i18n.English;
import org.communitychest.place.AreaCsvParser.Parsed;
import org.communitychest.place.AreaCsvParser.Row;
import org.communitychest.place.AreaImportResult.RowProblem;
import org.junit.jupiter.api.Test;

class AreaCsvParserTest {

    private static Parsed parse(String csv) throws IOException {
        return new AreaCsvParser().parse(new StringReader(csv));
    }

    @Test
    void readsRowsWithTheirLineNumbers() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code,imd_decile
                BOROUGH,E09000030,Tower Hamlets,,
                WARD,E05009336,Whitechapel,E09000030,2
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new Row(2, AreaType.BOROUGH, "E09000030", "Tower Hamlets", null, null),
                new Row(3, AreaType.WARD, "E05009336", "Whitechapel", "E09000030", 2));
    }

    @Test
    void headerMayComeInAnyOrderAndLetterCaseWithAByteOrderMark() throws IOException {
        var parsed = parse("\uFEFFName,PARENT_CODE,Imd_Decile,Area_Type,AREA_CODE\n"
                + "Spitalfields & Banglatown,E09000030,1,ward,E05009333\n"
                + "  Lansbury ,E09000030,,Ward,E05009326\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new Row(2, AreaType.WARD, "E05009333", "Spitalfields & Banglatown", "E09000030", 1),
                new Row(3, AreaType.WARD, "E05009326", "Lansbury", "E09000030", null));
    }

    @Test
    void unknownColumnIsIgnoredWithAWarning() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code,population
                WARD,E05009336,Whitechapel,,15000
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.warnings()).extracting(English::of).containsExactly(
                "Column \"population\" is not used and was ignored.");
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLine() throws IOException {
        var parsed = parse("""
                area_type,name
                WARD,Whitechapel
                """);
        assertThat(parsed.rows()).isEmpty();
        assertThat(AreaProblems.inEnglish(parsed.problems())).containsExactly(
                "Line 1: the header is missing the column(s)"
                + " area_code, parent_code; expected area_type,area_code,name,parent_code and optionally imd_decile");
    }

    @Test
    void badTypeCodeAndDecileAreReportedWithLineNumbers() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code,imd_decile
                WARD,E05009336,Whitechapel,,2
                CITY,E05009337,Somewhere,,
                WARD,X123,Bad Code Ward,,
                PCN,E05009338,Not A PCN Code,,
                WARD,E05009339,Too Deprived,,11
                WARD,E05009340,Wordy Decile,,ten
                WARD,,No Code,,
                WARD,E05009341,,,
                WARD,E05009342,Own Parent,E05009342,
                """);
        assertThat(parsed.rows()).extracting(Row::code).containsExactly("E05009336");
        assertThat(AreaProblems.inEnglish(parsed.problems())).containsExactly(
                "Line 3: area_type \"CITY\" is not one of BOROUGH, WARD, LSOA, MSOA, PCN, NEIGHBOURHOOD",
                "Line 4: area_code \"X123\" is not a valid WARD code: expected an ONS code such as"
                        + " E05009336",
                "Line 5: area_code \"E05009338\" is not a valid PCN code: expected an ODS code such as"
                        + " U12345",
                "Line 6: imd_decile must be a whole number from 1 (most deprived) to 10",
                "Line 7: imd_decile \"ten\" is not a whole number from 1 to 10",
                "Line 8: area_code is empty",
                "Line 9: name is empty",
                "Line 10: an area cannot be its own parent");
    }

    @Test
    void everyProblemOfARowIsReportedTogether() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code,imd_decile
                WARD,bad,,,0
                """);
        assertThat(AreaProblems.inEnglish(parsed.problems())).containsExactly(
                "Line 2: area_code \"bad\" is not a valid WARD code:"
                + " expected an ONS code such as E05009336; name is empty;"
                + " imd_decile must be a whole number from 1 (most deprived) to 10");
    }

    @Test
    void duplicateCodeIsReportedOnItsSecondLine() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code
                WARD,E05009336,Whitechapel,
                WARD,E05009337,Stepney Green,
                WARD,E05009336,Whitechapel again,
                """);
        assertThat(AreaProblems.inEnglish(parsed.problems())).containsExactly(
                "Line 4: area_code E05009336 appears more than once in the file");
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsReported() throws IOException {
        var parsed = parse("""
                area_type,area_code,name,parent_code
                WARD,E05009336,Whitechapel
                """);
        assertThat(parsed.problems()).hasSize(1);
        assertThat(parsed.problems().getFirst().line()).isEqualTo(2);
        assertThat(English.of(parsed.problems().getFirst().reason()))
                .startsWith("it has 3 values but the header has 4");
    }

    @Test
    void lineNumbersCountBlankLinesAndALastLineWithoutNewline() throws IOException {
        var parsed = parse("area_type,area_code,name,parent_code\r\n"
                + "WARD,E05009336,Whitechapel,\r\n"
                + "\r\n"
                + "WARD,nope,Bad,\r\n"
                + "WARD,E05009337,Stepney Green,\r\n"
                + "TOWN,E05009338,Last Line,");
        assertThat(parsed.problems()).extracting(RowProblem::line).containsExactly(4L, 6L);
    }

    @Test
    void headerOnlyGivesNoRowsAndNoProblems() throws IOException {
        var parsed = parse("area_type,area_code,name,parent_code\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void problemPrintsWithItsLineNumber() {
        assertThat(AreaProblems.inEnglish(List.of(new RowProblem(7, AreaCsvParser.problem("name-empty")))))
                .containsExactly("Line 7: name is empty");
    }
}

package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;

class OutcomeCsvTest {

    private static final String HEADER = "participant_code,stage,collected_on,ons4_satisfied,ons4_worthwhile,"
            + "ons4_happy,ons4_anxious,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n";

    @Test
    void readsEveryRowOfAGoodFile() {
        var result = read(HEADER
                + "ab-001,baseline,2026-04-01,6,7,5,4,3,3,2,3,3,4,3\n"
                + "AB-001,follow_up,,8,8,7,2,4,4,3,4,4,4,4\n"
                + "AB-002,BASELINE,2026-04-02,5,,5,6,,,,,,,\n");

        assertThat(accepted(result)).containsExactly(
                new Measurement(ParticipantCode.of("AB-001"), Stage.BASELINE, Optional.of(LocalDate.of(2026, 4, 1)),
                        Ons4.of(6, 7, 5, 4), Swemwbs.of(3, 3, 2, 3, 3, 4, 3)),
                new Measurement(ParticipantCode.of("AB-001"), Stage.FOLLOW_UP, Optional.empty(),
                        Ons4.of(8, 8, 7, 2), Swemwbs.of(4, 4, 3, 4, 4, 4, 4)),
                new Measurement(ParticipantCode.of("AB-002"), Stage.BASELINE, Optional.of(LocalDate.of(2026, 4, 2)),
                        Ons4.of(5, null, 5, 6), Swemwbs.NONE));
    }

    @Test
    void takesTheColumnsInAnyOrderAndCaseAfterAByteOrderMark() {
        var result = read("\uFEFFStage, Participant_Code ,SWEMWBS_7,swemwbs_6,swemwbs_5,swemwbs_4,swemwbs_3,"
                + "swemwbs_2,swemwbs_1\r\n"
                + "Follow-Up,p-7,1,2,3,4,5,5,5\r\n");

        assertThat(accepted(result)).containsExactly(new Measurement(ParticipantCode.of("P-7"), Stage.FOLLOW_UP,
                Optional.empty(), Ons4.NONE, Swemwbs.of(5, 5, 5, 4, 3, 2, 1)));
    }

    @Test
    void listsEveryBadRowWithItsLineAndColumnAndSavesNone() {
        var result = read(HEADER
                + "AB-001,baseline,,6,7,5,4,3,3,2,3,3,4,3\n"
                + "AB-002,baseline,,6,7,5,4,3,6,2,3,3,4,3\n"
                + "AB-003,baseline,,11,7,5,4,,,,,,,\n"
                + "Amina Begum,baseline,,6,7,5,4,,,,,,,\n"
                + "amina@example.org,baseline,,6,7,5,4,,,,,,,\n"
                + "943 476 5919,baseline,,6,7,5,4,,,,,,,\n"
                + "ab-001,BASELINE,,6,7,5,4,,,,,,,\n"
                + "AB-004,midway,,6,7,5,4,,,,,,,\n"
                + "AB-005,baseline,,six,7,5,4,,,,,,,\n"
                + "AB-006,baseline,1/4/2026,6,7,5,4,,,,,,,\n"
                + "AB-007,baseline,,,,,,,,,,,,\n"
                + "AB-008,baseline,,6,7\n");

        assertThat(refused(result)).containsExactly(
                new OutcomeCsvProblem(3, "swemwbs_2", Message.of("outcomes.answer.out-of-range", 6, 1, 5)),
                new OutcomeCsvProblem(4, "ons4_satisfied", Message.of("outcomes.answer.out-of-range", 11, 0, 10)),
                new OutcomeCsvProblem(5, "participant_code", Message.of("outcomes.code.name")),
                new OutcomeCsvProblem(6, "participant_code", Message.of("outcomes.code.email")),
                new OutcomeCsvProblem(7, "participant_code", Message.of("outcomes.code.nhs-number")),
                new OutcomeCsvProblem(8, null, Message.of("outcomes.csv.row-repeated", "AB-001",
                        Stage.BASELINE.label(), 2L)),
                new OutcomeCsvProblem(9, "stage", Message.of("outcomes.csv.stage-unknown", "midway")),
                new OutcomeCsvProblem(10, "ons4_satisfied", Message.of("outcomes.answer.not-a-number", "six", 0,
                        10)),
                new OutcomeCsvProblem(11, "collected_on", Message.of("outcomes.csv.date-invalid", "1/4/2026")),
                new OutcomeCsvProblem(12, null, Message.of("outcomes.answers.none")),
                new OutcomeCsvProblem(13, null, Message.of("outcomes.csv.value-count", 5, 14)));
    }

    @Test
    void reportsEveryProblemOfARow() {
        var result = read(HEADER + ",,,-1,7,5,4,3,3,2,3,3,4,3\n");

        assertThat(refused(result)).extracting(OutcomeCsvProblem::column).containsExactly("participant_code",
                "stage", "ons4_satisfied");
        assertThat(refused(result).get(1).reason()).isEqualTo(Message.of("outcomes.csv.stage-empty", ""));
    }

    @Test
    void countsLinesAsTheFileHasThemPastBlankLinesAndValuesOverTwoLines() {
        var result = read("participant_code,stage,ons4_satisfied,ons4_worthwhile,ons4_happy,ons4_anxious\n"
                + "\n"
                + "AB-001,baseline,5,5,5,5\n"
                + ",,,,,\n"
                + "\"AB-\n002\",baseline,5,5,5,5\n"
                + "AB-003,baseline,5,5,5,55");

        assertThat(refused(result)).extracting(OutcomeCsvProblem::line).containsExactly(5L, 7L);
    }

    @Test
    void refusesAFileWhoseRequiredColumnsAreMissing() {
        var result = read("participant_code,ons4_satisfied,ons4_worthwhile,ons4_happy,swemwbs_1\nAB-001,1,1,1,1\n");

        assertThat(refused(result)).containsExactly(new OutcomeCsvProblem(1, null, Message.of(
                "outcomes.csv.columns-missing", "stage, ons4_anxious, swemwbs_2, swemwbs_3, swemwbs_4, swemwbs_5, "
                        + "swemwbs_6, swemwbs_7")));
    }

    @Test
    void refusesAFileWithoutAnswerColumns() {
        assertThat(refused(read("participant_code,stage,collected_on\nAB-001,baseline,\n"))).containsExactly(
                new OutcomeCsvProblem(1, null, Message.of("outcomes.csv.no-answer-columns")));
    }

    @Test
    void refusesAColumnThatIsNotTheFilesOrComesTwice() {
        var result = read("participant_code,name,stage,Stage,ons4_satisfied,ons4_worthwhile,ons4_happy,"
                + "ons4_anxious,\nAB-001,Amina,baseline,baseline,1,1,1,1,\n");

        assertThat(refused(result)).containsExactly(
                new OutcomeCsvProblem(1, "name", Message.of("outcomes.csv.column-unknown", "name")),
                new OutcomeCsvProblem(1, "Stage", Message.of("outcomes.csv.column-twice", "Stage")));
    }

    @Test
    void refusesAFileThatIsEmptyOrHasNoRows() {
        assertThat(refused(read(""))).containsExactly(problem(0, "outcomes.csv.empty"));
        assertThat(refused(read("\uFEFF"))).containsExactly(problem(0, "outcomes.csv.empty"));
        assertThat(refused(read(HEADER + "\n,,,,,,,,,,,,,\n"))).containsExactly(problem(0, "outcomes.csv.no-rows"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "AB-001,baseline,,6,7,5,4,,,,,,,\nAB-é02,baseline,,6,7,5,4,,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(OutcomeCsv.read(new ByteArrayInputStream(latin1)))).containsExactly(
                problem(0, "outcomes.csv.not-utf8"));
    }

    @Test
    void refusesAFileWithAQuoteLeftOpenNamingTheLineItStarts() {
        var result = read(HEADER + "AB-001,baseline,,6,7,5,4,,,,,,,\n\"AB-002,baseline,,6,7,5,4,,,,,,,\n");

        assertThat(refused(result)).containsExactly(new OutcomeCsvProblem(3, null,
                Message.of("outcomes.csv.not-csv", 3L)));
    }

    @Test
    void refusesAFileOfMoreRowsThanAnyProjectHas() {
        var rows = new StringBuilder(HEADER);
        for (int i = 1; i <= OutcomeCsv.MAX_ROWS + 1; i++) {
            rows.append("P").append(i).append(",baseline,,5,5,5,5,,,,,,,\n");
        }

        assertThat(refused(read(rows.toString()))).containsExactly(
                problem(0, "outcomes.csv.too-many-rows", OutcomeCsv.MAX_ROWS));
    }

    @Test
    void theTemplateIsTheHeaderAndOneExampleRowThatReads() {
        String template = OutcomeCsv.template();

        assertThat(template.lines()).hasSize(2).first().isEqualTo(HEADER.strip());
        assertThat(accepted(read(template))).hasSize(1);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        var measurements = List.of(
                new Measurement(ParticipantCode.of("AB-001"), Stage.BASELINE, Optional.of(LocalDate.of(2026, 4, 1)),
                        Ons4.of(0, null, 10, 3), Swemwbs.NONE),
                new Measurement(ParticipantCode.of("AB-001"), Stage.FOLLOW_UP, Optional.empty(), Ons4.NONE,
                        Swemwbs.of(1, 2, 3, 4, 5, null, 5)));

        assertThat(accepted(read(OutcomeCsv.write(measurements)))).isEqualTo(measurements);
    }

    private static OutcomeCsvResult read(String text) {
        return OutcomeCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static OutcomeCsvProblem problem(long line, String key, Object... args) {
        return new OutcomeCsvProblem(line, null, Message.of(key, args));
    }

    private static List<Measurement> accepted(OutcomeCsvResult result) {
        assertThat(result).isInstanceOf(OutcomeCsvResult.Accepted.class);
        return ((OutcomeCsvResult.Accepted) result).measurements();
    }

    private static List<OutcomeCsvProblem> refused(OutcomeCsvResult result) {
        assertThat(result).isInstanceOf(OutcomeCsvResult.Refused.class);
        return ((OutcomeCsvResult.Refused) result).problems();
    }
}

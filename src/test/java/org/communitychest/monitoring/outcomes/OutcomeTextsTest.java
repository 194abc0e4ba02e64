package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.TranslationCatalogue;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;

/** The measures' texts are in the bundles in both languages, and the English is the published wording. */
class OutcomeTextsTest {

    private final Translations translations = new Translations(true);

    @Test
    void theOns4QuestionsAreTheOnsWording() {
        assertThat(english(Ons4.INTRODUCTION)).isEqualTo("Next I would like to ask you four questions about your"
                + " feelings on aspects of your life. There are no right or wrong answers. For each of these"
                + " questions I'd like you to give an answer on a scale of 0 to 10, where 0 is 'not at all' and 10"
                + " is 'completely'.");
        assertThat(Stream.of(Ons4Item.values()).map(item -> english(item.question()))).containsExactly(
                "Overall, how satisfied are you with your life nowadays?",
                "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
                "Overall, how happy did you feel yesterday?",
                "Overall, how anxious did you feel yesterday?");
    }

    @Test
    void theSwemwbsStatementsAndAnswersAreTheScalesWording() {
        assertThat(english(Swemwbs.STEM)).isEqualTo("Below are some statements about feelings and thoughts. Please"
                + " tick the box that best describes your experience of each over the last 2 weeks.");
        assertThat(Stream.of(SwemwbsItem.values()).map(item -> english(item.question()))).containsExactly(
                "I've been feeling optimistic about the future",
                "I've been feeling useful",
                "I've been feeling relaxed",
                "I've been dealing with problems well",
                "I've been thinking clearly",
                "I've been feeling close to other people",
                "I've been able to make up my own mind about things");
        assertThat(Stream.of(SwemwbsAnswer.values()).map(answer -> english(answer.label()))).containsExactly(
                "None of the time", "Rarely", "Some of the time", "Often", "All of the time");
    }

    @Test
    void theCopyrightLineIsTheSameInEveryLanguage() {
        String line = "© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights"
                + " reserved.";
        for (Language language : Language.values()) {
            assertThat(translations.text(language, Swemwbs.COPYRIGHT)).as(language.name()).isEqualTo(line);
        }
    }

    @Test
    void everyTextAndEveryProblemOfTheFileReadsInBothLanguages() {
        var messages = new ArrayList<Message>(List.of(Ons4.INTRODUCTION, Ons4.NOT_AT_ALL, Ons4.COMPLETELY,
                Swemwbs.STEM, Swemwbs.COPYRIGHT, MeasureResult.TOO_FEW_TO_REPORT,
                MeasureResult.A_FALL_IS_AN_IMPROVEMENT, Measurement.NO_ANSWERS));
        Stream.of(Ons4Item.values()).map(OutcomeItem::question).forEach(messages::add);
        Stream.of(Ons4Band.values()).map(Ons4Band::label).forEach(messages::add);
        Stream.of(SwemwbsItem.values()).map(OutcomeItem::question).forEach(messages::add);
        Stream.of(SwemwbsAnswer.values()).map(SwemwbsAnswer::label).forEach(messages::add);
        Stream.of(Stage.values()).map(Stage::label).forEach(messages::add);
        Stream.of(OutcomeMeasure.values()).map(OutcomeMeasure::label).forEach(messages::add);
        Stream.of("", "a@b", "9434765919", "Amina", "ABCDEFGHIJ-123456789-X", "AB_1")
                .map(code -> ParticipantCode.problemWith(code).orElseThrow()).forEach(messages::add);
        Stream.of("", "\uFEFF", "participant_code,stage,stage,name", "participant_code,stage,collected_on",
                "participant_code,stage,ons4_satisfied\n", "participant_code,stage,ons4_satisfied,ons4_worthwhile,"
                        + "ons4_happy,ons4_anxious\nA1,baseline,1,1,1,1\n\"A2,baseline,1,1,1,1\n",
                "participant_code,stage,collected_on,ons4_satisfied,ons4_worthwhile,ons4_happy,ons4_anxious\n"
                        + "A1,baseline,,11,x,1,1\nA1,,2026-13-01,1,1,1,1\nA2,later,,1,1,1,1\nA3,baseline,,,,,\n"
                        + "a1,baseline,,1,1,1,1\nA4,baseline\n",
                "participant_code,stage,ons4_satisfied,ons4_worthwhile,ons4_happy,ons4_anxious\n",
                "participant_code,stage,ons4_satisfied,ons4_worthwhile,ons4_happy,ons4_anxious\n"
                        + "A1,baseline,1,1,1,1\n".repeat(OutcomeCsv.MAX_ROWS + 1))
                .flatMap(file -> problems(file).stream()).map(OutcomeCsvProblem::reason).forEach(messages::add);
        messages.add(((OutcomeCsvResult.Refused) OutcomeCsv.read(new ByteArrayInputStream(new byte[] {(byte) 0xE9})))
                .problems().getFirst().reason());

        assertThat(messages.stream().map(Message::key).distinct()).as("every key of the bundle, and only those")
                .containsExactlyInAnyOrderElementsOf(TranslationCatalogue.load().files(Language.ENGLISH)
                        .get("outcomes").keySet());
        for (Message message : messages) {
            for (Language language : Language.values()) {
                assertThat(translations.text(language, message)).as(message + " in " + language).isNotBlank()
                        .doesNotContain("{", "!outcomes");
            }
        }
    }

    private static List<OutcomeCsvProblem> problems(String file) {
        var result = OutcomeCsv.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(result).as(file).isInstanceOf(OutcomeCsvResult.Refused.class);
        return ((OutcomeCsvResult.Refused) result).problems();
    }

    private String english(Message message) {
        return translations.text(Language.ENGLISH, message);
    }
}

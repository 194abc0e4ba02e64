package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB-012", "P1", "7", "2026-CHEST-0042", "x9y", "123456789", "12345-6789"})
    void acceptsLettersAndDigitsWithHyphensBetween(String code) {
        assertThat(ParticipantCode.problemWith(code)).isEmpty();
    }

    @Test
    void isKeptTrimmedAndInUpperCase() {
        assertThat(ParticipantCode.of("  ab-012 ").value()).isEqualTo("AB-012");
        assertThat(ParticipantCode.of("ab-012")).isEqualTo(ParticipantCode.of("AB-012"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesABlankCode(String code) {
        assertThat(ParticipantCode.problemWith(code)).contains(Message.of("outcomes.code.blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"amina@example.org", "AB-012@", "@home"})
    void refusesAnEmailAddress(String code) {
        assertThat(ParticipantCode.problemWith(code)).contains(Message.of("outcomes.code.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "P-9434765919",
        "1234567890", "07700 900123"})
    void refusesTenDigitsInARowWhateverTheCheckDigitAsAnNhsNumber(String code) {
        assertThat(ParticipantCode.problemWith(code)).contains(Message.of("outcomes.code.nhs-number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amina Begum", "amina", "J Smith", "J. Smith", "O'Brien", "Mary-Jane Chowdhury",
        "আমিনা বেগম", "ABC"})
    void refusesWhatLooksLikeAName(String code) {
        assertThat(ParticipantCode.problemWith(code)).contains(Message.of("outcomes.code.name"));
    }

    @Test
    void refusesACodeOfMoreThan20Characters() {
        assertThat(ParticipantCode.problemWith("ABCDEFGHIJ-123456789-X")).contains(
                Message.of("outcomes.code.too-long", 20, 22));
        assertThat(ParticipantCode.problemWith("AB-012345678-ABCDEFG")).as("20 characters").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 012", "AB_012", "-AB12", "AB12-", "AB--12", "ÄB-012", "AB/12"})
    void refusesOtherCharactersAndHyphensThatAreNotBetween(String code) {
        assertThat(ParticipantCode.problemWith(code)).contains(Message.of("outcomes.code.characters"));
    }

    @Test
    void aCodeWithoutADigitIsRefusedAsAName() {
        assertThat(ParticipantCode.problemWith("AB-CD")).contains(Message.of("outcomes.code.name"));
        assertThat(ParticipantCode.problemWith("XYZ")).contains(Message.of("outcomes.code.name"));
    }

    @Test
    void theConstructorRefusesWithTheReasonOnTheCodesField() {
        assertThatThrownBy(() -> ParticipantCode.of("Amina Begum")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactlyEntriesOf(
                        java.util.Map.of("participant_code", Message.of("outcomes.code.name"))));
    }
}

package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final ParticipantCode CODE = ParticipantCode.of("AB-012");

    @Test
    void carriesOns4OrSwemwbsOrBoth() {
        assertThat(new Measurement(CODE, Stage.BASELINE, Optional.empty(), Ons4.of(5, 5, 5, 5), Swemwbs.NONE)
                .swemwbs().isEmpty()).isTrue();
        assertThat(new Measurement(CODE, Stage.BASELINE, Optional.empty(), Ons4.NONE, Swemwbs.of(3, 3, 3, 3, 3, 3,
                3)).ons4().isEmpty()).isTrue();
    }

    @Test
    void refusesAMeasurementWithoutAnswers() {
        assertThatThrownBy(() -> new Measurement(CODE, Stage.FOLLOW_UP, Optional.empty(), Ons4.NONE, Swemwbs.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.messageFor(Measurement.ANSWERS_FIELD)).isEqualTo(Message.of("outcomes.answers.none")));
    }

    @Test
    void theStageIsReadAsTheFileWritesIt() {
        assertThat(Stage.ofFileValue("baseline")).contains(Stage.BASELINE);
        assertThat(Stage.ofFileValue(" Follow_Up ")).contains(Stage.FOLLOW_UP);
        assertThat(Stage.ofFileValue("follow-up")).contains(Stage.FOLLOW_UP);
        assertThat(Stage.ofFileValue("after")).isEmpty();
    }
}

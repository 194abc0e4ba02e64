package org.communitychest.monitoring.outcomes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;

/**
 * One participant's answers at one stage. A project may use ONS4, SWEMWBS or both, so either set may be
 * {@link Ons4#NONE} or {@link Swemwbs#NONE}, but not both.
 *
 * @param collectedOn the day the answers were given, when the project recorded it
 */
public record Measurement(ParticipantCode participant, Stage stage, Optional<LocalDate> collectedOn, Ons4 ons4,
                          Swemwbs swemwbs) {

    /** The field an entry form's error names when neither set of answers is given. */
    public static final String ANSWERS_FIELD = "answers"; // not user text: a field name
    static final Message NO_ANSWERS = Message.of("outcomes.answers.none");

    public Measurement {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(collectedOn, "collectedOn");
        Objects.requireNonNull(ons4, "ons4");
        Objects.requireNonNull(swemwbs, "swemwbs");
        if (ons4.isEmpty() && swemwbs.isEmpty()) {
            throw new InvalidInputException(ANSWERS_FIELD, NO_ANSWERS);
        }
    }
}

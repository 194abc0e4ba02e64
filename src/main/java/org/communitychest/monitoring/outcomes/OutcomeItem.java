package org.communitychest.monitoring.outcomes;

import java.util.Optional;
import org.communitychest.base.Message;

/**
 * A question of an outcome measure whose answer is a whole number in a fixed range: an ONS4 item or a SWEMWBS
 * statement.
 */
public interface OutcomeItem {

    /** The column of the outcomes file; also the field an entry form's errors name. */
    String column();

    int lowest();

    int highest();

    Message question();

    /** Why a number is not an answer to this question, or empty when it is one. */
    default Optional<Message> problemWith(int answer) {
        return answer >= lowest() && answer <= highest() ? Optional.empty()
                : Optional.of(Message.of("outcomes.answer.out-of-range", answer, lowest(), highest()));
    }
}

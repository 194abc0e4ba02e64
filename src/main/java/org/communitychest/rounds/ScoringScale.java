package org.communitychest.rounds;

import java.util.List;
import java.util.stream.IntStream;
import org.communitychest.base.Message;

public enum ScoringScale {
    ZERO_TO_FOUR(0, 4),
    ONE_TO_FIVE(1, 5);

    private final int lowest;
    private final int highest;

    ScoringScale(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public List<Integer> levels() {
        return IntStream.rangeClosed(lowest, highest).boxed().toList();
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** "0 to 4". */
    public Message label() {
        return Message.of("rounds.scale", lowest, highest);
    }
}

package org.communitychest.rounds;

import java.util.List;
import java.util.stream.IntStream;

public enum ScoringScale {
    ZERO_TO_FOUR(0, 4, "0 to 4"),
    ONE_TO_FIVE(1, 5, "1 to 5");

    private final int lowest;
    private final int highest;
    private final String label;

    ScoringScale(int lowest, int highest, String label) {
        this.lowest = lowest;
        this.highest = highest;
        this.label = label;
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

    public String label() {
        return label;
    }
}

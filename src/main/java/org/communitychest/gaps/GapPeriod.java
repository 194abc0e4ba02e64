package org.communitychest.gaps;

import java.time.LocalDate;
import org.communitychest.base.London;

/** A period gap figures were counted over, such as a quarter. */
public record GapPeriod(LocalDate start, LocalDate end) implements Comparable<GapPeriod> {

    /** The period in words: 1 April 2026 to 30 June 2026. */
    public String label() {
        return London.format(start) + " – " + London.format(end); // not user text: a range of two dates
    }

    @Override
    public int compareTo(GapPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}

package org.communitychest.gaps;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.communitychest.base.London;

/** A period gap figures were counted over, such as a quarter. */
public record GapPeriod(LocalDate start, LocalDate end) implements Comparable<GapPeriod> {

    /** The period in words: 1 April 2026 to 30 June 2026. */
    public String label() {
        return London.format(start) + " – " + London.format(end); // not user text: a range of two dates
    }

    /** The period in few words, for a chart's axis: Apr–Jun 2026, or Dec 2025–Feb 2026 across a new year. */
    public String shortLabel(Locale locale) {
        var month = DateTimeFormatter.ofPattern("MMM", locale); // not user text: a pattern
        var monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale); // not user text: a pattern
        if (start.getYear() == end.getYear()) {
            return start.getMonth() == end.getMonth() ? monthYear.format(start)
                    : month.format(start) + "–" + monthYear.format(end); // not user text: a range
        }
        return monthYear.format(start) + "–" + monthYear.format(end); // not user text: a range
    }

    @Override
    public int compareTo(GapPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}

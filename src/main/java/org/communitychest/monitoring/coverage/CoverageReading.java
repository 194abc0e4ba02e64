package org.communitychest.monitoring.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapWords;

/**
 * The coverage in plain words, for the board and the top of the page: a sentence for the whole period, then one
 * for each of the largest uncovered gaps and for the largest funded ones ("Loneliness and social isolation in
 * Shadwell: 19 people unmet in Apr–Jun 2026; 2 funded groups can take up to 25; they reported 11 referrals
 * received."). Staff texts, English.
 */
public final class CoverageReading {

    /** How many of the largest uncovered gaps, and then of the funded ones, get a sentence. */
    static final int GAPS = 5;

    private CoverageReading() {
    }

    public static List<Message> of(Coverage coverage) {
        var sentences = new ArrayList<Message>();
        if (coverage.period() == null) {
            return sentences;
        }
        String when = coverage.period().shortLabel(Locale.UK);
        var total = coverage.total();
        if (total.noUnmetRecorded()) {
            sentences.add(Message.of("staff.coverage.reading.no-unmet", when));
            return sentences;
        }
        var people = people(total.unmet(), total.lowerBound());
        if (total.grants() == 0) {
            sentences.add(Message.of("staff.coverage.reading.overall-unfunded", when, people));
        } else {
            sentences.add(Message.of("staff.coverage.reading.overall", when, people, total.funded(),
                    GapWords.percent(total.fundedCoverage()), total.delivered() == 0
                            ? Message.of("staff.coverage.reading.overall-undelivered")
                            : Message.of("staff.coverage.reading.overall-delivered", total.delivered(),
                                    GapWords.percent(total.deliveredCoverage()))));
        }
        var read = new ArrayList<GapCoverage>(coverage.largestUncovered(GAPS));
        coverage.gaps().stream().filter(g -> !g.grants().isEmpty() && !read.contains(g))
                .sorted(java.util.Comparator.comparingInt(GapCoverage::unmet).reversed()).limit(GAPS)
                .forEach(read::add);
        read.forEach(g -> sentences.add(gap(g, when)));
        return sentences;
    }

    static Message gap(GapCoverage g, String when) {
        var c = g.gap();
        Message done;
        if (g.grants().isEmpty()) {
            done = Message.of("staff.coverage.reading.no-grant");
        } else {
            done = Message.of("staff.coverage.reading.funded", g.grants().size(), g.funded(), g.received().isEmpty()
                    ? Message.of("staff.coverage.reading.no-report", g.grants().size())
                    : Message.of("staff.coverage.reading.reported", g.grants().size(), g.delivered()));
        }
        var unmet = c.unmet() == 0 ? Message.of("staff.coverage.reading.people-none")
                : Message.of("staff.coverage.reading.unmet", people(c.unmet(), c.lowerBound()));
        return Message.of("staff.coverage.reading.gap", c.needName(), c.areaName(), unmet, when, done);
    }

    private static Message people(int unmet, boolean lowerBound) {
        return Message.of(lowerBound ? "staff.coverage.reading.people-at-least" : "staff.coverage.reading.people",
                unmet);
    }
}

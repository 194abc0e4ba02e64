package org.communitychest.panels;

import java.util.ArrayList;
import java.util.List;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.Message;

/**
 * A bid's gap alignment in the panel's words, line by line: how many of the round's priority gaps it covers, each
 * covered gap with its unmet referrals, the people it plans to take, and the note on hidden small counts. For the
 * scoring page and the panel pack alike.
 */
public final class GapLines {

    private GapLines() {
    }

    /** The opening line, then one per covered gap (for a list), then the closing lines. */
    public record Lines(Message opening, List<Message> gaps, List<Message> closing) {
    }

    public static Lines of(GapAlignment alignment) {
        if (alignment.priorities().isEmpty()) {
            return new Lines(Message.of("panels.gap.no-priorities"), List.of(), List.of());
        }
        var gaps = new ArrayList<Message>();
        for (var gap : alignment.covered()) {
            var figures = gap.figures();
            gaps.add(figures == null ? Message.of("panels.gap.no-figures", gap.label())
                    : Message.of(figures.lowerBound() ? "panels.gap.unmet-at-least" : "panels.gap.unmet",
                            gap.label(), figures.unmet()));
        }
        var closing = new ArrayList<Message>();
        closing.add(alignment.capacity() == null ? Message.of("panels.gap.no-capacity")
                : Message.of("panels.gap.capacity", alignment.capacity()));
        if (alignment.unmetIsLowerBound()) {
            closing.add(Message.of("panels.gap.lower-bound"));
        }
        return new Lines(Message.of("panels.gap.covers", alignment.covered().size(), alignment.priorities().size()),
                gaps, closing);
    }
}

package org.communitychest.rounds;

import java.util.Comparator;
import java.util.Optional;
import org.communitychest.base.London;
import org.communitychest.base.Message;

/**
 * A need in an area that the round especially wants to fund, with the gap figures it was chosen with
 * ({@code null} if none) and whether the round's page shows them.
 */
public record PriorityGap(long needCategoryId, Message needName, long areaId, String areaName,
        PriorityFigures figures, boolean figuresPublic) {

    /** The largest gap first, by its stored figures; those without figures last. */
    static final Comparator<PriorityGap> LARGEST_FIRST = Comparator
            .comparingInt((PriorityGap p) -> p.figures == null ? -1 : p.figures.unmet()).reversed();

    /** The need in the area, in words. */
    public Message label() {
        return Message.of("rounds.priority-gap", needName, areaName);
    }

    /** The priority as the round's form gives it back to be saved again unchanged. */
    public RoundForm.PriorityRef ref() {
        return new RoundForm.PriorityRef(needCategoryId, areaId, figures, figuresPublic);
    }

    /** The figures the round's page shows: none where there are none or the officer keeps them off the page. */
    public Optional<PriorityFigures> publicFigures() {
        return figuresPublic ? Optional.ofNullable(figures) : Optional.empty();
    }

    /**
     * Why the round chose it, in words for its page: ‘19 people in Shadwell could not be connected to a suitable
     * local activity between 1 July 2026 and 30 September 2026. Of these: 12 with nothing suitable to go to, 7 on
     * a waiting list.’ A suppressed count is ‘fewer than 5’, a total missing one ‘at least’; empty where the page
     * shows no figures, or they show no gap.
     */
    public Optional<Message> reason() {
        return publicFigures().filter(f -> f.unmet() > 0 || f.lowerBound()).map(f -> Message.of("rounds.gap.reason",
                people(f), areaName, London.format(f.period().start()), London.format(f.period().end()),
                Message.of("rounds.gap.detail", count(f.unmetReferrals()), count(f.waiting()))));
    }

    /** Whether the reason leaves a count out, so the page says why it gives no exact number. */
    public boolean reasonHasSuppressedCounts() {
        return reason().isPresent() && figures.lowerBound();
    }

    private static Message people(PriorityFigures f) {
        if (f.unmetReferrals() == null && f.waiting() == null) {
            return Message.of("rounds.gap.people-fewer-than-ten");
        }
        return Message.of(f.lowerBound() ? "rounds.gap.people-at-least" : "rounds.gap.people", f.unmet());
    }

    private static Object count(Integer count) {
        return count == null ? Message.of("rounds.gap.fewer-than-five") : count;
    }
}

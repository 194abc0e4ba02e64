package org.communitychest.applications;

import java.util.Collection;
import java.util.List;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapWords;
import org.communitychest.rounds.PriorityGap;

/**
 * How a bid lines up with its round's priority gaps: the gaps its answers cover, their unmet figures as the round
 * keeps them, and the people it plans to take from social prescribers against them. A bid covers a gap when it
 * serves the gap's need and the gap's area: this is the one place that rule is written. For the applicant as they
 * fill the form, for officers, and for the panel.
 */
public record GapAlignment(List<PriorityGap> priorities, List<PriorityGap> covered, Integer capacity) {

    /** Whether a bid serving these needs and areas covers the gap. */
    public static boolean covers(PriorityGap gap, Collection<Long> needIds, Collection<Long> areaIds) {
        return needIds.contains(gap.needCategoryId()) && areaIds.contains(gap.areaId());
    }

    public static GapAlignment of(List<PriorityGap> priorities, Collection<Long> needIds, Collection<Long> areaIds,
            Integer capacity) {
        return new GapAlignment(priorities, priorities.stream().filter(g -> covers(g, needIds, areaIds)).toList(),
                capacity);
    }

    public static GapAlignment of(ApplicationDetails a) {
        return of(a.round().priorities(), a.needs().stream().map(n -> n.id()).toList(),
                a.areas().stream().map(x -> x.id()).toList(), a.referralCapacity());
    }

    public boolean isCovered(PriorityGap gap) {
        return covered.contains(gap);
    }

    /** Unmet in the covered gaps that have figures, suppressed counts left out. */
    public int unmetCovered() {
        return covered.stream().filter(g -> g.figures() != null).mapToInt(g -> g.figures().unmet()).sum();
    }

    /** Whether the true unmet in the covered gaps is higher: a count was suppressed, or a gap has no figures. */
    public boolean unmetIsLowerBound() {
        return covered.stream().anyMatch(g -> g.figures() == null || g.figures().lowerBound());
    }

    /** For the applicant: ‘Your answers cover 2 of the 5 gaps.’ */
    public Message applicantSummary() {
        return Message.of("apply.who.gaps.covered", covered.size(), priorities.size());
    }

    /**
     * For staff: ‘Covers 2 of the round's 5 priority gaps. Capacity 30 against at least 19 unmet in them.’
     */
    public Message staffSummary() {
        if (priorities.isEmpty()) {
            return Message.of("staff.apply.gaps.none-in-round");
        }
        if (covered.isEmpty()) {
            return Message.of("staff.apply.gaps.covers-none", priorities.size());
        }
        Object people = capacity == null ? Message.of("staff.apply.gaps.no-capacity") : capacity;
        if (covered.stream().allMatch(g -> g.figures() == null)) {
            return Message.of("staff.apply.gaps.covers-without-figures", covered.size(), priorities.size(), people);
        }
        var unmet = GapWords.unmet(unmetCovered(), unmetIsLowerBound());
        return capacity == null
                ? Message.of("staff.apply.gaps.covers-no-capacity", covered.size(), priorities.size(), unmet)
                : Message.of("staff.apply.gaps.covers", covered.size(), priorities.size(), capacity, unmet);
    }

    /** For a column of a list: ‘2 of 5: capacity 30 for 19+ unmet’. */
    public Message staffShort() {
        if (covered.isEmpty()) {
            return Message.of("staff.apply.gaps.short-none", priorities.size());
        }
        Object people = capacity == null ? "–" : capacity; // not user text: a dash for no answer
        return Message.of("staff.apply.gaps.short", covered.size(), priorities.size(), people, unmetCovered(),
                unmetIsLowerBound() ? "+" : ""); // not user text: "19+" means at least 19
    }
}

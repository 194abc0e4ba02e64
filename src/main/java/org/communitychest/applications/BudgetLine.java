package org.communitychest.applications;

import org.communitychest.base.Message;
import org.communitychest.base.Money;

/**
 * One line of a budget. {@code otherFunder} names who else pays for it; blank when the grant pays. A draft's line
 * may have no {@code cost} yet (null); a submitted application's lines all have one.
 */
public record BudgetLine(String item, Money cost, String otherFunder) {

    /** The cost, or nothing for a draft line without one yet. */
    public Money costOrZero() {
        return cost == null ? Money.ZERO : cost;
    }

    /** The cost as people read it: "£250.00", or that a draft line has none yet. */
    public Message costText() {
        return cost == null ? Message.of("apply.summary.no-cost-yet") : Message.verbatim(cost.toString());
    }

    public boolean paidByGrant() {
        return otherFunder == null || otherFunder.isBlank();
    }

    /** The key under which a budget line's item, cost or other funder is refused or marked. */
    public static String field(int index, String part) {
        return "budget.line." + index + "." + part;
    }
}

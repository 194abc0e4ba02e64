package org.communitychest.votes.count;

import java.util.List;

/** What every counting rule's result gives: the funded projects in the order chosen and what they cost. */
public interface VoteCount {

    /** The funded projects' ids in the order the count chose them. */
    List<String> selected();

    long totalCost();

    /** Every project not funded, in ballot order, with its reason. */
    List<UnfundedProject> unfunded();
}

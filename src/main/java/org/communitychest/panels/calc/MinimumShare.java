package org.communitychest.panels.calc;

/**
 * A minimum share of the pot for an area or a need category: {@code Σ_{b∈g} cost_b x_b ≥ share · pot}.
 *
 * @param share a fraction of the pot, 0–1
 */
public record MinimumShare(Group group, long groupId, double share) {

    public enum Group { AREA, NEED }

    public MinimumShare {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share is a fraction of the pot: " + share);
        }
    }

    /** The pence the share asks for, rounded up. */
    public long requiredPence(long potPence) {
        return AllocationRules.fractionOf(share, potPence);
    }
}

package org.communitychest.panels.calc;

/** One rule of the round a funded list is checked against; {@link #check} adds the list's figure. */
record Rule(ConstraintCheck.Kind kind, long groupId, ConstraintCheck.Bound bound, long required) {

    ConstraintCheck check(long actual) {
        return new ConstraintCheck(kind, groupId, bound, required, actual);
    }
}

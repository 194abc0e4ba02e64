package org.communitychest.votes.count;

/**
 * How a project funded by equal shares was paid for: its supporters split the cost equally, and those who had less
 * than an equal part left paid all they had.
 *
 * @param supporters voters who approved it
 * @param paidEqualPart supporters who paid {@code equalPart} each
 * @param paidAllTheyHad supporters with less than that left, who paid all of it
 * @param hadNothingLeft supporters whose share was already spent on projects chosen earlier
 * @param equalPart what each of {@code paidEqualPart} paid (ρ × cost)
 * @param paidByThoseWithLess what {@code paidAllTheyHad} paid together; with the equal parts it makes the cost
 * @param rho the price per unit of the project's cost to each supporter: the smallest among the projects still
 *        affordable when it was chosen
 */
public record PaidForProject(String projectId, long cost, long supporters, long paidEqualPart, long paidAllTheyHad,
                             long hadNothingLeft, Rational equalPart, Rational paidByThoseWithLess, Rational rho) {
}

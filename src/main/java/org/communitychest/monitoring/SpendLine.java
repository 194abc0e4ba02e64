package org.communitychest.monitoring;

import org.communitychest.base.Money;

/** A budget line of the grant and what the group says it spent on it ({@code null} until it says). */
public record SpendLine(String item, Money budget, Money spent) {
}

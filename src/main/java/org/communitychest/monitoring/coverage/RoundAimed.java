package org.communitychest.monitoring.coverage;

import java.util.List;
import org.communitychest.rounds.RoundDetails;

/**
 * A draft round given the largest uncovered gaps as its priority gaps: the round as saved, the gaps, and whether
 * anything changed ({@code false} when it had exactly these already, as after a second click).
 */
public record RoundAimed(RoundDetails round, List<GapCoverage> gaps, boolean changed, int prioritiesBefore) {
}

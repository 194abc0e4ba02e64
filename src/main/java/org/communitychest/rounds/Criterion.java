package org.communitychest.rounds;

import java.util.Map;

/** A published scoring criterion: what panellists score, with a descriptor for each score level. */
public record Criterion(Long id, String title, String guidance, int weight, Map<Integer, String> descriptors) {
}

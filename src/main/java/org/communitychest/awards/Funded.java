package org.communitychest.awards;

import java.util.Set;
import org.communitychest.base.Money;

/** What a grant takes from its funded application: who, what for, where, and the terms as the application set them. */
record Funded(long applicationId, long organisationId, String reference, String organisationName,
        String projectTitle, String summary, Money requested, Set<Long> needIds, Set<Long> areaIds, Terms terms) {
}

package org.communitychest.monitoring;

import java.util.List;
import org.communitychest.monitoring.outcomes.OutcomeResults;

/** A round's wellbeing results over all its projects, and each project's own. */
public record RoundOutcomeResults(OutcomeResults round, List<Project> projects) {

    public record Project(long grantId, String reference, String projectTitle, OutcomeResults results) {
    }
}

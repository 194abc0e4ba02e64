package org.communitychest.panels;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.GapAlignment;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/**
 * One bid as its panellist scores it: the answers, its gap alignment, the round's criteria, the panellist's own
 * scores, and (once they have submitted theirs) the others' and the panel's mean so far.
 */
public record BidToScore(long panelId, ApplicationDetails bid, GapAlignment alignment, List<Criterion> criteria,
        ScoringScale scale, SheetStatus status, Map<Long, CriterionScore> mine, Double myWeightedScore,
        List<OtherScore> others, OptionalDouble panelMean, List<Amendment> amendments, boolean scoringOpen) {

    public boolean submitted() {
        return status != null && status.counts();
    }

    public CriterionScore mine(long criterionId) {
        return mine.getOrDefault(criterionId, new CriterionScore(criterionId, null, null));
    }
}

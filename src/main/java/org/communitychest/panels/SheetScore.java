package org.communitychest.panels;

import java.util.ArrayList;
import java.util.List;
import org.communitychest.panels.calc.CriterionLevel;
import org.communitychest.panels.calc.WeightedScore;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/** A score sheet's weighted score on the 0–100 scale, as {@link WeightedScore} works it; a missing level counts 0. */
final class SheetScore {

    private SheetScore() {
    }

    static double of(List<Criterion> criteria, List<CriterionMark> marks, ScoringScale scale) {
        var levels = new ArrayList<CriterionLevel>();
        for (var criterion : criteria) {
            Integer level = marks.stream().filter(m -> m.getCriterionId() == criterion.id()).findFirst()
                    .map(CriterionMark::getLevel).orElse(null);
            levels.add(new CriterionLevel(criterion.weight(), level == null ? 0 : level));
        }
        return WeightedScore.of(levels, scale.highest()).points();
    }

    /** The sheet's score on the round's first criterion, on the 0–100 scale (the tie order's third step). */
    static double firstCriterion(List<Criterion> criteria, List<CriterionMark> marks, ScoringScale scale) {
        if (criteria.isEmpty()) {
            return 0;
        }
        long first = criteria.getFirst().id();
        int level = marks.stream().filter(m -> m.getCriterionId() == first).findFirst().map(CriterionMark::getLevel)
                .orElse(0);
        return 100.0 * level / scale.highest();
    }
}

package org.communitychest.panels;

import java.util.List;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/** A sheet's weighted score on the 0–100 scale: {@code 100 · Σ w_c · s_c / maxLevel}, weights in percent. */
final class SheetScore {

    private SheetScore() {
    }

    static double of(List<Criterion> criteria, List<CriterionMark> marks, ScoringScale scale) {
        double sum = 0;
        for (var criterion : criteria) {
            var level = marks.stream().filter(m -> m.getCriterionId() == criterion.id()).findFirst()
                    .map(CriterionMark::getLevel).orElse(null);
            if (level != null) {
                sum += criterion.weight() / 100.0 * level;
            }
        }
        return 100 * sum / scale.highest();
    }
}

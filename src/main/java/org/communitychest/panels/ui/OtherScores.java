package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.panels.BidToScore;
import org.communitychest.rounds.Criterion;

/** The other panellists' submitted scores of the bid, by number, and the panel's mean so far. */
class OtherScores extends Div {

    OtherScores(BidToScore bid) {
        if (bid.others().isEmpty()) {
            add(new Paragraph(getTranslation("panels.others.none")));
            return;
        }
        bid.panelMean().ifPresent(mean -> add(new Paragraph(getTranslation("panels.others.mean",
                format(mean), bid.others().size() + 1))));
        Map<Long, Criterion> criteria = bid.criteria().stream()
                .collect(Collectors.toMap(Criterion::id, Function.identity()));
        for (var other : bid.others()) {
            add(new H3(getTranslation("panels.others.panellist", other.number(), format(other.weightedScore()))));
            var list = new UnorderedList();
            for (var score : other.scores()) {
                var criterion = criteria.get(score.criterionId());
                if (criterion != null) {
                    list.add(new ListItem(getTranslation("panels.others.criterion", criterion.title(),
                            score.level(), score.comment() == null ? "" : score.comment())));
                }
            }
            add(list);
        }
    }

    private String format(double score) {
        return String.format(getLocale(), "%.1f", score);
    }
}

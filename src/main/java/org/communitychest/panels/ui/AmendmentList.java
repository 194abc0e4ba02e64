package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.base.London;
import org.communitychest.panels.BidToScore;
import org.communitychest.rounds.Criterion;

/** The panellist's amendments of this bid, each with the original score beside it. */
class AmendmentList extends Div {

    AmendmentList(BidToScore bid) {
        add(new H3(getTranslation("panels.amend.history")));
        var list = new UnorderedList();
        for (var a : bid.amendments()) {
            String criterion = bid.criteria().stream().filter(c -> c.id() == a.criterionId()).map(Criterion::title)
                    .findFirst().orElse("");
            list.add(new ListItem(getTranslation("panels.amend.line", criterion,
                    a.originalLevel() == null ? "–" : a.originalLevel(), a.amendedLevel(), a.reason(), // not user text: a dash for none
                    London.format(a.at()))));
        }
        add(list);
    }
}

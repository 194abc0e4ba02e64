package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.ui.Texts;

/** The priority gaps a bid covers, with their unmet referrals, and the people it plans to take from them. */
class BidGapAlignment extends Div {

    BidGapAlignment(GapAlignment alignment) {
        if (alignment.priorities().isEmpty()) {
            add(new Paragraph(getTranslation("panels.gap.no-priorities")));
            return;
        }
        add(new Paragraph(getTranslation("panels.gap.covers", alignment.covered().size(),
                alignment.priorities().size())));
        if (!alignment.covered().isEmpty()) {
            var list = new UnorderedList();
            for (var gap : alignment.covered()) {
                var figures = gap.figures();
                String label = Texts.of(gap.label());
                list.add(new ListItem(figures == null ? getTranslation("panels.gap.no-figures", label)
                        : getTranslation(figures.lowerBound() ? "panels.gap.unmet-at-least" : "panels.gap.unmet",
                                label, figures.unmet())));
            }
            add(list);
        }
        add(new Paragraph(alignment.capacity() == null ? getTranslation("panels.gap.no-capacity")
                : getTranslation("panels.gap.capacity", alignment.capacity())));
        if (alignment.unmetIsLowerBound()) {
            add(new Paragraph(getTranslation("panels.gap.lower-bound")));
        }
    }
}

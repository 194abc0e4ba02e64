package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.GapLines;

/** The priority gaps a bid covers, with their unmet referrals, and the people it plans to take from them. */
class BidGapAlignment extends Div {

    BidGapAlignment(GapAlignment alignment) {
        var lines = GapLines.of(alignment);
        add(new Paragraph(Texts.of(lines.opening())));
        if (!lines.gaps().isEmpty()) {
            var list = new UnorderedList();
            lines.gaps().forEach(gap -> list.add(new ListItem(Texts.of(gap))));
            add(list);
        }
        lines.closing().forEach(line -> add(new Paragraph(Texts.of(line))));
    }
}

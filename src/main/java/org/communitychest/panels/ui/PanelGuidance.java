package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.rounds.RoundDetails;

/**
 * The round's guidance for its panel, in plain words: the role, conflicts, scoring against the descriptors,
 * independence and confidentiality, and the round's own criteria with their weights.
 */
class PanelGuidance extends Div {

    PanelGuidance(RoundDetails round) {
        section("role", 2);
        section("conflict", 3);
        add(new H3(getTranslation("panels.guidance.scoring.title")));
        add(new Paragraph(getTranslation("panels.guidance.scoring.1", round.scale().lowest(),
                round.scale().highest())));
        add(new Paragraph(getTranslation("panels.guidance.scoring.2")));
        var criteria = new UnorderedList();
        round.criteria().forEach(c -> criteria.add(new ListItem(getTranslation("panels.guidance.criterion",
                c.title(), c.weight()))));
        add(criteria);
        section("independent", 2);
    }

    private void section(String name, int paragraphs) {
        add(new H3(getTranslation("panels.guidance." + name + ".title")));
        for (int i = 1; i <= paragraphs; i++) {
            add(new Paragraph(getTranslation("panels.guidance." + name + "." + i)));
        }
    }
}

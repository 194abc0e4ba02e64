package org.communitychest.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.panels.MyPanel;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;

/** A panel member's home: the panels they sit on and what each asks of them now. */
@org.springframework.stereotype.Component
class PanelsHomeSection implements HomeSection {

    private final PanelScoring scoring;

    PanelsHomeSection(PanelScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("PANELLIST") || roles.contains("OFFICER");
    }

    @Override
    public Component create() {
        var card = new Div();
        card.addClassName("cc-card");
        var panels = scoring.myPanels();
        if (panels.isEmpty()) {
            return new Div();
        }
        card.add(new H2(card.getTranslation("panels.home.title")));
        var list = new UnorderedList();
        for (MyPanel panel : panels) {
            list.add(new ListItem(new Anchor(PanelPaths.panel(panel.panelId()), panel.roundTitle()),
                    new Span(" · " + next(card, panel))));
        }
        card.add(list);
        return card;
    }

    private static String next(Div card, MyPanel panel) {
        if (!panel.guidanceConfirmed()) {
            return card.getTranslation("panels.home.read-guidance");
        }
        return switch (panel.roundStatus()) {
            case SCORING -> card.getTranslation("panels.home.scoring", panel.done(),
                    panel.bids());
            case MODERATION -> card.getTranslation("panels.stage.moderation");
            case DECIDED -> card.getTranslation("panels.stage.decided");
            default -> card.getTranslation("panels.stage.not-yet");
        };
    }
}

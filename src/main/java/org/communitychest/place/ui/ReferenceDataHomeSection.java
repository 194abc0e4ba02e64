package org.communitychest.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;

@org.springframework.stereotype.Component
class ReferenceDataHomeSection implements HomeSection {

    private final Areas areas;
    private final NeedCategories categories;

    ReferenceDataHomeSection(Areas areas, NeedCategories categories) {
        this.areas = areas;
        this.categories = categories;
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("ADMIN");
    }

    @Override
    public Component create() {
        long areaCount = areas.countOfMyPartnership();
        long inUse = categories.ofMyPartnership().stream().filter(c -> !c.retired()).count();
        var card = new Div();
        card.add(new H2(card.getTranslation("staff.place.home.title")));
        if (areaCount == 0) {
            card.add(new Paragraph(card.getTranslation("staff.place.home.no-areas")));
        } else {
            card.add(new Paragraph(card.getTranslation("staff.place.home.counts", areaCount, inUse)));
        }
        card.add(new Anchor("admin/areas", card.getTranslation("staff.common.menu.areas")),
                new Anchor("admin/need-categories", card.getTranslation("staff.common.menu.need-categories")));
        card.addClassName("cc-card");
        return card;
    }
}

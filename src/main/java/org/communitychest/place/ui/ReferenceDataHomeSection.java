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
        var card = new Div(new H2("Reference data"));
        if (areaCount == 0) {
            card.add(new Paragraph("No areas yet. Import your wards or neighbourhoods so applicants can say where they"
                    + " work."));
        } else {
            card.add(new Paragraph(areaCount + " areas and " + inUse + " need categories in use."));
        }
        card.add(new Anchor("admin/areas", "Areas"), new Anchor("admin/need-categories", "Need categories"));
        card.addClassName("cc-card");
        return card;
    }
}

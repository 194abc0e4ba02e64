package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** What the error views show: a heading, one plain sentence and the way home, inside the portal's layout. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String heading;

    ErrorPage(String heading, String explanation) {
        this.heading = heading;
        addClassName("cc-page");
        add(new H1(heading), new Paragraph(explanation), new Anchor("", "Go to your home page"));
    }

    @Override
    public String getPageTitle() {
        return heading + " · Community Chest";
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** What the error views show: a heading, one plain sentence and the way home, inside the portal's layout. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String headingKey;

    /** Keys of the {@code common} bundle. */
    ErrorPage(String headingKey, String explanationKey) {
        this.headingKey = headingKey;
        addClassName("cc-page");
        add(new H1(getTranslation(headingKey)), new Paragraph(getTranslation(explanationKey)),
                new Anchor("", getTranslation("common.error.home-link")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("common.page-title", getTranslation(headingKey));
    }
}

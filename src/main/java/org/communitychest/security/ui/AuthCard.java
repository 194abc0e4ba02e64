package org.communitychest.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.communitychest.base.ui.LanguageSwitch;

/** The plain, centred card that the sign-in, registration and password pages sit in. */
class AuthCard extends VerticalLayout {

    private final Div alert = new Div();
    private final VerticalLayout card = new VerticalLayout();

    AuthCard(String title, String intro) {
        addClassName("cc-auth");
        setAlignItems(Alignment.CENTER);
        var brand = new Anchor("", "Community Chest");
        brand.addClassName("cc-auth-brand");
        card.addClassName("cc-auth-card");
        card.add(new H1(title));
        if (intro != null) {
            card.add(new Paragraph(intro));
        }
        alert.addClassName("cc-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        card.add(alert);
        var top = new Div(brand, new LanguageSwitch());
        top.addClassName("cc-auth-top");
        add(top, card);
    }

    void addToCard(Component... components) {
        card.add(components);
    }

    /** Replaces the card's content, e.g. a form by what happens next. */
    void replaceCard(String title, Component... content) {
        card.removeAll();
        card.add(new H1(title));
        card.add(content);
    }

    void showError(String message) {
        alert.removeClassName("cc-alert-success");
        alert.setText(message);
        alert.setVisible(true);
    }

    void showSuccess(String message) {
        alert.addClassName("cc-alert-success");
        alert.setText(message);
        alert.setVisible(true);
    }

    void clearAlert() {
        alert.setVisible(false);
    }

    String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }
}

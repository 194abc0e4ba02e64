package org.communitychest.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.communitychest.base.Message;
import org.communitychest.base.ui.LanguageSwitch;
import org.communitychest.base.ui.SkipLink;
import org.communitychest.base.ui.Texts;

/**
 * The plain, centred card that the sign-in, registration and password pages sit in, with the language switch
 * above it. Titles and texts are bundle keys, shown in the page's language; the browser tab shows the title.
 */
class AuthCard extends VerticalLayout implements HasDynamicTitle {

    private final Div alert = new Div();
    private final VerticalLayout card = new VerticalLayout();
    private final String titleKey;

    AuthCard(String titleKey, String introKey) {
        this.titleKey = titleKey;
        addClassName("cc-auth");
        setAlignItems(Alignment.CENTER);
        var brand = new Anchor("", getTranslation("common.app-name"));
        brand.addClassName("cc-auth-brand");
        card.addClassName("cc-auth-card");
        card.add(new H1(getTranslation(titleKey)));
        if (introKey != null) {
            card.add(new Paragraph(getTranslation(introKey)));
        }
        alert.addClassName("cc-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        card.add(alert);
        var top = new Div(brand, new LanguageSwitch());
        top.addClassName("cc-auth-top");
        SkipLink.markAsMain(card);
        add(new SkipLink(), top, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title", getTranslation(titleKey));
    }

    void addToCard(Component... components) {
        card.add(components);
    }

    /** Replaces the card's content, e.g. a form by what happens next. */
    void replaceCard(String titleKey, Component... content) {
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)));
        card.add(content);
    }

    /** A paragraph of the card, from a bundle key. */
    Paragraph paragraph(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    /** A link to another page of the portal, its text from a bundle key. */
    Anchor link(String location, String key) {
        return new Anchor(location, getTranslation(key));
    }

    void showError(Message message) {
        alert.removeClassName("cc-alert-success");
        alert.setText(Texts.of(message));
        alert.setVisible(true);
    }

    void showError(String message) {
        alert.removeClassName("cc-alert-success");
        alert.setText(message);
        alert.setVisible(true);
    }

    void showSuccess(String key, Object... args) {
        alert.addClassName("cc-alert-success");
        alert.setText(getTranslation(key, args));
        alert.setVisible(true);
    }

    void clearAlert() {
        alert.setVisible(false);
    }

    String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }
}

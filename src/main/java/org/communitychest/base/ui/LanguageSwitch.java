package org.communitychest.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinService;
import org.communitychest.base.Language;

/**
 * The language switch in every page's header: each language named in itself, the current one marked. Choosing
 * one reloads the page in it.
 */
public class LanguageSwitch extends Nav {

    public LanguageSwitch() {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(ChosenLanguage.class));
    }

    public LanguageSwitch(ChosenLanguage chosen) {
        addClassName("cc-language-switch");
        getElement().setAttribute("aria-label", getTranslation("common.language-switch"));
        Language current = chosen.current();
        for (Language language : Language.values()) {
            var button = new Button(language.ownName());
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.getElement().setAttribute("lang", language.code());
            if (language == current) {
                button.getElement().setAttribute("aria-current", "true");
                button.addClassName("cc-language-current");
            } else {
                button.addClickListener(e -> chosen.choose(language));
            }
            add(button);
        }
    }
}

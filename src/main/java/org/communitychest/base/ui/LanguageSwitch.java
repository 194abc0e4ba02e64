package org.communitychest.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinService;
import org.communitychest.base.Language;
import org.communitychest.base.PageLanguage;

/**
 * The language switch in every page's header: a link to each other language, named in itself ("বাংলা" on an
 * English page, "English" on a Bengali one), so it fits a phone's header. Choosing one reloads the page in it.
 */
public class LanguageSwitch extends Nav {

    public LanguageSwitch() {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(PageLanguage.class));
    }

    public LanguageSwitch(PageLanguage chosen) {
        addClassName("cc-language-switch");
        getElement().setAttribute("aria-label", getTranslation("common.language-switch"));
        Language current = chosen.current();
        for (Language language : Language.values()) {
            var button = new Button(language.ownName());
            button.addClassName("cc-language-choice");
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.getElement().setAttribute("lang", language.code());
            if (language != current) {
                button.addClickListener(e -> chosen.choose(language));
                add(button);
            }
        }
    }
}

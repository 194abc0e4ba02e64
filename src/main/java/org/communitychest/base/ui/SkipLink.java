package org.communitychest.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * "Skip to main content": the first thing a keyboard reaches on every page, shown only while it has focus. It moves
 * focus to the page's main content ({@link #markAsMain}), past the header and the menu.
 */
public class SkipLink extends Anchor {

    /** The id of the element that holds a page's main content. */
    public static final String TARGET = "main-content";

    public SkipLink() {
        super("#" + TARGET, "");
        setText(getTranslation("common.skip-link"));
        addClassName("cc-skip-link");
        // The browser's own jump to #main-content scrolls but leaves focus where it was, and Vaadin's router
        // would take the link for a navigation: move focus ourselves. Enter on the link follows it and goes no
        // further: a page's Enter shortcut (sign in) must not fire.
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("""
                this.addEventListener('keydown', event => {
                  if (event.key === 'Enter') event.stopPropagation();
                });
                this.addEventListener('click', event => {
                  const main = document.getElementById($0);
                  if (main) {
                    event.preventDefault();
                    main.focus();
                    main.scrollIntoView();
                  }
                });""", TARGET);
    }

    /**
     * Makes {@code content} the page's main landmark, with the skip link's target at its start: an empty element
     * that takes focus ({@code tabindex=-1}), so the next Tab reaches the first field or link of the content. The
     * landmark itself must not take {@code tabindex=-1}: on an element with a shadow root (every Vaadin layout)
     * that takes everything inside it out of the Tab order.
     */
    public static void markAsMain(HasElement content) {
        var element = content.getElement();
        element.setAttribute("role", "main");
        boolean marked = element.getChildren().anyMatch(child -> TARGET.equals(child.getAttribute("id")));
        if (!marked) {
            var start = new Element("div");
            start.setAttribute("id", TARGET);
            start.setAttribute("tabindex", "-1");
            start.setAttribute("class", "cc-main-start");
            element.insertChild(0, start);
        }
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Pre;

/**
 * The text of an example file, kept line by line: on a narrow screen it scrolls sideways inside its box rather
 * than widening the page, so it takes keyboard focus (a keyboard user can scroll it with the arrow keys) and is
 * named for screen readers.
 */
public class ExampleFile extends Pre {

    public ExampleFile(String text) {
        this(text, null);
    }

    /** One of several examples on a page: {@code kind}, such as HexJSON, tells their regions apart. */
    public ExampleFile(String text, String kind) {
        super(text);
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", kind == null ? getTranslation("staff.common.example-file")
                : getTranslation("staff.common.example-file-of", kind));
    }
}

package org.communitychest;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A person using the keyboard alone in {@link HeadlessBrowser}: Tab and Shift+Tab to move, Enter, Space and the
 * arrow keys to act, and typing, always sent to the element that has the focus, never clicked.
 */
public final class KeyboardOnly {

    /**
     * What a person is told the focused element is: a field's label, a radio button's group and its own label
     * ("Question: Yes"), a check box's label, a button's or link's text.
     */
    private static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
            if (!e || e === document.body) return '';
            const root = e.getRootNode();
            const inner = root instanceof ShadowRoot ? root.host : e;
            const labelOf = host => {
                const label = host.querySelector(':scope > label');
                return label ? label.innerText.trim() : (host.getAttribute('aria-label') || '');
            };
            const radio = inner.closest('vaadin-radio-button');
            if (radio) {
                return labelOf(radio.closest('vaadin-radio-group')) + ': ' + labelOf(radio);
            }
            const box = inner.closest('vaadin-checkbox');
            if (box) return labelOf(box);
            const field = inner.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field,'
                + ' vaadin-password-field, vaadin-integer-field, vaadin-big-decimal-field, vaadin-date-picker,'
                + ' vaadin-multi-select-combo-box, vaadin-combo-box');
            if (field) return labelOf(field);
            const button = inner.closest('vaadin-button, a, button');
            if (button) return (button.innerText.trim() || button.getAttribute('aria-label') || '');
            return inner.tagName.toLowerCase();""";

    private static final int MOST_TABS = 120;

    private final HeadlessBrowser browser;

    public KeyboardOnly(HeadlessBrowser browser) {
        this.browser = browser;
    }

    /** What has the focus now, as {@link #FOCUSED} names it. */
    public String focused() {
        return (String) browser.script(FOCUSED);
    }

    /** Presses keys on the focused element. */
    public void press(CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
        browser.waitForVaadin();
    }

    /** Types text into the focused element, as a person at the keyboard would. */
    public void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
        browser.waitForVaadin();
    }

    /** Presses Tab until the focus is on what is named {@code name}, or fails saying where the focus went. */
    public void tabTo(String name) {
        moveTo(name, false);
    }

    /** Presses Shift+Tab until the focus is on {@code name}. */
    public void shiftTabTo(String name) {
        moveTo(name, true);
    }

    private void moveTo(String name, boolean backwards) {
        var visited = new ArrayList<String>();
        for (int i = 0; i < MOST_TABS; i++) {
            if (name.equals(focused())) {
                return;
            }
            var actions = new Actions(browser.driver());
            // Held down and let go as a person does: a chord sent as text reaches the page as a plain Tab.
            (backwards ? actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : actions.sendKeys(Keys.TAB))
                    .perform();
            visited.add(focused());
        }
        browser.waitForVaadin();
        if (!name.equals(focused())) {
            try {
                browser.saveScreenshot("keyboard-failure");
                java.nio.file.Files.writeString(HeadlessBrowser.SCREENSHOTS.resolve("keyboard-failure.html"),
                        (String) browser.script("return document.body.outerHTML;"));
            } catch (java.io.IOException e) {
                // the failure below says where the focus went
            }
            fail("No focus stop named \"" + name + "\" by keyboard; the focus went to " + visited);
        }
    }

    /** Tabs to the field named {@code name}, types {@code text}, and leaves it with Tab. */
    public void fill(String name, String text) {
        tabTo(name);
        browser.waitForVaadin();
        type(text);
        browser.await().until(d -> text.equals(browser.script("return document.activeElement.value;")));
        press(Keys.TAB);
    }

    /** Tabs to a link or button named {@code name} and presses Enter on it. */
    public void activate(String name) {
        tabTo(name);
        press(Keys.ENTER);
    }
}

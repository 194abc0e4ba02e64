package org.communitychest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person finds on a page of the portal in {@link HeadlessBrowser}: fields by their label, buttons and links
 * by their text, the page's text; and full-page screenshots at a given width, noting any page wider than the
 * screen (horizontal scrolling) for the test to fail on.
 */
public final class BrowserPage {

    /** Vaadin fields whose label is a {@code <label>} child and whose input is slotted in the light DOM. */
    private static final String FIELDS = "self::vaadin-text-field or self::vaadin-email-field"
            + " or self::vaadin-password-field or self::vaadin-text-area or self::vaadin-integer-field"
            + " or self::vaadin-big-decimal-field or self::vaadin-number-field or self::vaadin-date-picker"
            + " or self::vaadin-multi-select-combo-box or self::vaadin-combo-box";

    /**
     * The height the viewport needs to show the whole page: the app layout scrolls its content in an element of
     * its own (in its shadow DOM), so the document's height is only the screen's.
     */
    private static final String FULL_HEIGHT = """
            let extra = 0;
            const walk = root => {
                for (const e of root.querySelectorAll('*')) {
                    const y = getComputedStyle(e).overflowY;
                    if ((y === 'auto' || y === 'scroll') && e.scrollHeight > e.clientHeight) {
                        extra = Math.max(extra, e.scrollHeight - e.clientHeight);
                    }
                    if (e.shadowRoot) walk(e.shadowRoot);
                }
            };
            walk(document);
            const documentExtra = document.documentElement.scrollHeight - window.innerHeight;
            return Math.ceil(window.innerHeight + Math.max(extra, documentExtra, 0));""";

    /** The page's width as a person scrolls it: the document's, or the app layout's content scroller's. */
    private static final String PAGE_WIDTH = """
            let width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (content && getComputedStyle(content).overflowX !== 'hidden') {
                width = Math.max(width, content.scrollWidth);
            }
            return width;""";

    private final HeadlessBrowser browser;
    private final Path folder;
    private final List<String> tooWide = new ArrayList<>();

    public BrowserPage(HeadlessBrowser browser, Path folder) throws IOException {
        this.browser = browser;
        this.folder = folder;
        Files.createDirectories(folder);
    }

    public HeadlessBrowser browser() {
        return browser;
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** The Vaadin field labelled {@code label} (the {@code index}th of them, from 0). */
    public WebElement field(String label, int index) {
        var by = By.xpath("(//*[" + FIELDS + "][./label[normalize-space(.)=" + literal(label) + "]])["
                + (index + 1) + "]");
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement field(String label) {
        return field(label, 0);
    }

    /** The input or text area inside the field labelled {@code label}. */
    public WebElement input(String label, int index) {
        return field(label, index).findElement(By.xpath(".//*[self::input or self::textarea]"));
    }

    public WebElement input(String label) {
        return input(label, 0);
    }

    /**
     * Types into the field labelled {@code label}, replacing what it holds, and leaves it (Tab), so that its value
     * reaches the server: as a person does once the field has the focus (an open date picker's calendar would
     * otherwise count as covering the field).
     */
    public void fill(String label, int index, String text) {
        fill(label, index, text, org.openqa.selenium.Keys.TAB);
    }

    /** Types a date and commits it with Enter, which closes the date picker's calendar (Tab would go into it). */
    public void fillDate(String label, String text) {
        fill(label, 0, text, org.openqa.selenium.Keys.ENTER);
    }

    private void fill(String label, int index, String text, CharSequence leave) {
        var input = input(label, index);
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + " arguments[0].select && arguments[0].select();", input);
        var actions = new org.openqa.selenium.interactions.Actions(browser.driver());
        actions.sendKeys(org.openqa.selenium.Keys.DELETE).sendKeys(text).sendKeys(leave).perform();
        browser.waitForVaadin();
    }

    public void fill(String label, String text) {
        fill(label, 0, text);
    }

    public void choose(String groupLabel, String option) {
        var by = By.xpath("//vaadin-radio-group[./label[normalize-space(.)=" + literal(groupLabel) + "]]"
                + "//vaadin-radio-button[./label[normalize-space(.)=" + literal(option) + "]]");
        click(until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    public void tick(String label) {
        var by = By.xpath("//vaadin-checkbox[./label[normalize-space(.)=" + literal(label) + "]]");
        click(until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    public WebElement button(String text) {
        return until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)=" + literal(text) + "]")));
    }

    public void press(String buttonText) {
        click(button(buttonText));
    }

    /** Scrolls the element to the middle of the screen (the app layout's own scroller too), then clicks it. */
    public void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            // A calendar or list left open over it, which Escape closes, or a notification, which goes after a few
            // seconds: a person closes the one and waits for the other.
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE)
                    .perform();
            until(d -> notifications().isEmpty());
            browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
        }
        browser.waitForVaadin();
    }

    public WebElement link(String text) {
        return until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)=" + literal(text) + "]")));
    }

    /**
     * Follows the link to {@code path} (a path of the portal, such as {@code funding/1}) whose text starts with
     * {@code text}: on a page of several cards with the same link, the one a person picked by its card.
     */
    public void follow(String text, String path) {
        click(until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[starts-with(normalize-space(.), "
                + literal(text) + ") and (@href=" + literal(path) + " or @href=" + literal("/" + path) + ")]"))));
    }

    /** Follows the link whose text starts with {@code text}. */
    public void follow(String text) {
        click(until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[starts-with(normalize-space(.), " + literal(text) + ")]"))));
    }

    /** Waits for the page's {@code h1} to read {@code text}, and returns it. */
    public String heading(String text) {
        until(ExpectedConditions.textToBe(By.tagName("h1"), text));
        browser.waitForVaadin();
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    /** The text a person reads on the page (the main content and the header). */
    public String text() {
        return (String) browser.script("return document.body.innerText;");
    }

    /** Waits until the page's text contains {@code text}. */
    public void awaitText(String text) {
        until(d -> text().contains(text));
        browser.waitForVaadin();
    }

    /** The text of the notifications showing now. */
    public String notifications() {
        return (String) browser.script("""
                return [...document.querySelectorAll('vaadin-notification-card')]
                    .map(c => c.innerText).join('\\n');""");
    }

    public String awaitNotification(String text) {
        until(d -> notifications().contains(text));
        return notifications();
    }

    /**
     * Saves a full-page screenshot at {@code width}, as {@code name-WIDTH.png}, after noting whether the page is
     * wider than the screen. Leaves the browser at that width.
     */
    public Path shot(String name, int width) throws IOException {
        browser.resize(width, 900);
        long pageWidth = (Long) browser.script(PAGE_WIDTH);
        if (pageWidth > width) {
            tooWide.add(name + " at " + width + " px is " + pageWidth + " px wide");
        }
        long height = (Long) browser.script(FULL_HEIGHT);
        var file = folder.resolve(name + "-" + width + ".png");
        if (height > 900) {
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", (int) Math.min(height, 12_000), "deviceScaleFactor", 1,
                    "mobile", width < 800));
            browser.waitForVaadin();
        }
        Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
        browser.viewport(width, 900);
        browser.waitForVaadin();
        return file;
    }

    /** Full-page screenshots at both widths, the phone's last; the browser is left at desktop width. */
    public void shots(String name) throws IOException {
        shot(name, 1440);
        shot(name, 360);
        browser.viewport(1440, 900);
        browser.waitForVaadin();
    }

    /** Waits for {@code condition}; when it never comes, saves what the page showed as {@code failure.png}. */
    public <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        try {
            return browser.await().until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                browser.saveScreenshot(folder.resolve("failure.png"));
                Files.writeString(folder.resolve("failure.txt"), text());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is what the test reports
            }
            throw e;
        }
    }

    /** The pages that were wider than the screen when a screenshot was taken. */
    public List<String> tooWide() {
        return tooWide;
    }
}

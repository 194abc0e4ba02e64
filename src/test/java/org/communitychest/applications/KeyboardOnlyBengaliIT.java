package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communitychest.BrowserPage;
import org.communitychest.CommunityChestApplication;
import org.communitychest.HeadlessBrowser;
import org.communitychest.KeyboardOnly;
import org.communitychest.PdfText;
import org.communitychest.StoredMail;
import org.communitychest.base.Language;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new applicant who reads Bengali completes the short form with the keyboard alone in headless Chromium: Tab,
 * Shift+Tab, Enter, Space, the arrow keys and typing, sent to whatever has the focus; the needs and areas pickers
 * by typing part of a name and Enter. The receipt queued for them is in Bengali with a Bengali PDF. The public
 * round page, the task list and check your answers are captured at 360 px into {@code target/screenshots/bengali/}.
 */
@SpringBootTest(classes = CommunityChestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class KeyboardOnlyBengaliIT {

    private static final int PHONE = 360;
    private static final String TITLE = "পপলার হাঁটা ও গল্প";
    private static final String SUMMARY = "লাইমহাউস কাট ধরে সপ্তাহে দুইবার হাঁটা, শেষে এক কাপ চা। মন খারাপ থাকা"
            + " মানুষদের জন্য।";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Translations translations;

    private String bn(String key, Object... arguments) {
        return translations.text(Language.BENGALI, key, arguments);
    }

    @Test
    void aBengaliReaderCompletesTheShortFormByKeyboardAndGetsABengaliReceipt() throws Exception {
        var fx = new ApplicationFixtures(context);
        var round = fx.demoRound();
        String email = fx.newApplicant("Rahima Khatun");
        String group = "Poplar Women's Walking Group " + UUID.randomUUID().toString().substring(0, 6);
        fx.newGroup(email, group);

        try (var browser = HeadlessBrowser.start("KeyboardOnlyBengaliIT", "http://localhost:" + port)) {
            var page = new BrowserPage(browser, HeadlessBrowser.SCREENSHOTS.resolve("bengali"));
            var keys = new KeyboardOnly(browser);
            browser.viewport(PHONE, 780);

            // Sign in, then choose Bengali in the header, all from the keyboard
            browser.open("/login");
            browser.waitForLoginForm();
            keys.fill("Email address", email);
            keys.tabTo("Password");
            keys.type(ApplicationFixtures.PASSWORD);
            keys.press(Keys.ENTER);
            page.heading("Welcome, Rahima Khatun");
            keys.shiftTabTo("বাংলা");
            keys.press(Keys.ENTER);
            browser.await().until(d -> "bn".equals(browser.script("return document.documentElement.lang;")));
            browser.waitForVaadin();

            // The public round page and its checker: Space to choose, the arrow keys to change a choice
            browser.open("/funding/" + round.id());
            page.heading(round.title());
            var questions = round.eligibility();
            String yes = bn("rounds.checker.yes");
            String no = bn("rounds.checker.no");
            keys.tabTo(questions.get(0).question() + ": " + yes);
            keys.press(Keys.SPACE);
            keys.tabTo(questions.get(1).question() + ": " + yes);
            keys.press(Keys.ARROW_RIGHT);
            assertThat(keys.focused()).isEqualTo(questions.get(1).question() + ": " + no);
            keys.press(Keys.ARROW_LEFT);
            keys.tabTo(questions.get(2).question() + ": " + yes);
            keys.press(Keys.SPACE);
            keys.activate(bn("rounds.checker.check"));
            page.awaitText(bn("rounds.checker.can-apply"));
            page.shot("01-round", PHONE);
            keys.activate(bn("rounds.checker.start"));

            // Start: the group is chosen, the answers carried; the short form by Space
            page.heading(bn("apply.start.heading", round.title()));
            assertThat(page.text()).contains(bn("apply.start.carried-answers")).contains(group);
            keys.tabTo(bn("apply.start.form-type") + ": " + bn("apply.start.short-form",
                    round.shortFormThreshold().toShortString()));
            keys.press(Keys.SPACE);
            keys.activate(bn("apply.start.start"));
            page.awaitText(bn("apply.task-list.check-and-submit"));
            page.shot("02-task-list", PHONE);

            // About the project
            keys.activate(bn("apply.section.about"));
            page.heading(bn("apply.section.about"));
            keys.fill(bn("apply.about.title"), TITLE);
            keys.fill(bn("apply.about.summary"), SUMMARY);
            awaitSaved(page);
            keys.activate(bn("apply.section-page.next", bn("apply.section.who")));

            // Who it helps: the pickers by typing part of a name and Enter
            page.heading(bn("apply.section.who"));
            keys.tabTo(bn("apply.who.needs"));
            keys.type("মানসিক");
            keys.press(Keys.ENTER);
            awaitChosen(page, bn("apply.who.needs"), 1);
            keys.press(Keys.ESCAPE);
            keys.tabTo(bn("apply.who.areas"));
            keys.type("popl");
            keys.press(Keys.ENTER);
            keys.type("bow e");
            keys.press(Keys.ENTER);
            awaitChosen(page, bn("apply.who.areas"), 2);
            keys.press(Keys.ESCAPE);
            keys.fill(bn("apply.who.capacity"), "30");
            awaitSaved(page);
            page.shot("03-who", PHONE);
            keys.activate(bn("apply.section-page.next", bn("apply.section.budget")));

            // Budget: two lines, the second added with Enter on "Add a line"
            page.heading(bn("apply.section.budget"));
            keys.fill(bn("apply.budget.item"), "হাঁটার নেতাদের প্রশিক্ষণ");
            keys.fill(bn("apply.budget.cost"), "600");
            keys.activate(bn("apply.budget.add-line"));
            page.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("vaadin-text-field")).stream()
                    .filter(f -> f.getText().startsWith(bn("apply.budget.item"))).count() == 2);
            keys.shiftTabTo(bn("apply.budget.item"));
            // Shift+Tab from the button lands on the last line's fields: the new line is empty
            keys.fill(bn("apply.budget.item"), "চা ও বিস্কুট, 80টি হাঁটা");
            keys.fill(bn("apply.budget.cost"), "480");
            awaitSaved(page);
            page.awaitText(bn("apply.budget.total", "£1,080.00"));
            keys.activate(bn("apply.section-page.next", bn("apply.section.documents")));

            // Documents: no governing document, by Space
            page.heading(bn("apply.section.documents"));
            keys.tabTo(bn("apply.documents.none"));
            keys.press(Keys.SPACE);
            awaitSaved(page);
            keys.activate(bn("apply.section-page.next", bn("apply.section.declarations")));

            // Declarations
            page.heading(bn("apply.section.declarations"));
            for (var declaration : new String[] {"apply.declarations.true", "apply.declarations.share",
                    "apply.declarations.safeguarding"}) {
                keys.tabTo(bn(declaration));
                keys.press(Keys.SPACE);
            }
            keys.fill(bn("apply.declarations.name"), "রহিমা খাতুন");
            keys.fill(bn("apply.declarations.role"), "সম্পাদক");
            awaitSaved(page);
            keys.activate(bn("apply.section-page.check"));

            // Check your answers, and submit with Enter
            page.heading(bn("apply.check.title"));
            // Each section was left straight after its last answer was typed: nothing may be missing.
            assertThat(page.text()).contains(TITLE).contains(SUMMARY).contains("সম্পাদক").contains("£1,080.00")
                    .contains("মানসিক সুস্থতা").contains("Bow East, Poplar").doesNotContain(bn("apply.check.not-finished"));
            page.shot("04-check-answers", PHONE);
            keys.activate(bn("apply.check.submit"));
            page.heading(bn("apply.receipt.title"));
            String reference = browser.driver().findElement(By.className("cc-reference")).getText();
            assertThat(page.text()).contains(bn("mail.delivery.queued", bn("apply.receipt.mail", group)));
            page.shot("05-submitted", PHONE);

            // The receipt queued for her is in Bengali, and so is its PDF
            var receipt = fx.jdbc.queryForMap("select id, subject, " + StoredMail.TEXT_AS_SENT + " as text from"
                    + " mail_message where recipient = ? and template = 'application-receipt' order by id desc"
                    + " limit 1", email);
            assertThat((String) receipt.get("subject")).contains(reference).contains(TITLE)
                    .isEqualTo(translations.text(Language.BENGALI, "mail.application-receipt.subject",
                            java.util.Map.of("reference", reference, "title", TITLE)));
            assertThat((String) receipt.get("text")).contains("হ্যালো").contains("Rahima Khatun").contains(group)
                    .contains("জমা দিয়েছেন").contains(TITLE).contains("£1,080.00");
            byte[] pdf = fx.jdbc.queryForObject("select content from mail_attachment where mail_id = ?",
                    byte[].class, receipt.get("id"));
            String pdfText = PdfText.of(pdf);
            assertThat(pdfText).contains(reference).contains(TITLE).contains("মানসিক সুস্থতা")
                    .contains(bn("pdf.who"));
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
            assertThat(page.tooWide()).as("pages wider than the screen").isEmpty();
        }
    }

    private static void awaitChosen(BrowserPage page, String picker, int count) {
        var field = page.field(picker);
        page.until(d -> Long.valueOf(count).equals(page.browser().script(
                "return arguments[0].selectedItems.length;", field)));
        page.browser().waitForVaadin();
    }

    private static void awaitSaved(BrowserPage page) {
        page.until(d -> page.text().contains("সেভ হয়েছে"));
        page.browser().waitForVaadin();
    }
}

package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communitychest.BrowserPage;
import org.communitychest.CommunityChestApplication;
import org.communitychest.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole applicant's journey and the officer's, walked in headless Chromium on the default set-up with no SMTP
 * server, as people would: a newcomer finds the open round, checks they can apply, registers, is confirmed by an
 * administrator (the registration page tells them to ask one), signs in, sets up their group and fills in every
 * section of the full form, checks and submits it; an officer screens it and asks a question; the applicant
 * answers; the officer sees the answer and exports the round's applications. Every page is captured full length
 * at 1440 and 360 px into {@code target/screenshots/journey/}, and no page may be wider than the screen.
 */
@SpringBootTest(classes = CommunityChestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class JourneyWalkIT {

    private static final Pattern REFERENCE = Pattern.compile("THT-\\d{4}-\\d{4}");
    private static final String QUEUED = "is queued; it will be sent when mail is set up on this portal.";
    private static final String NEWCOMER_PASSWORD = "Walk-and-talk-2026";
    private static final String QUESTION = "Which pavilion room will you use, and is it step-free?";
    private static final String ANSWER = "The community room at Mile End Park Pavilion; it has a ramp and a lift.";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private BrowserPage page;
    private int step;

    @Test
    void aNewcomerAppliesAnOfficerScreensAsksAndExportsAndEveryPageFitsBothWidths() throws Exception {
        var fx = new ApplicationFixtures(context);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "nadia-" + suffix + "@example.org";
        String group = "Mile End Mums Walking Group " + suffix;
        String title = "Mile End Mums Walk and Talk";

        try (var browser = HeadlessBrowser.start("JourneyWalkIT", "http://localhost:" + port)) {
            page = new BrowserPage(browser, HeadlessBrowser.SCREENSHOTS.resolve("journey"));
            browser.viewport(1440, 900);

            // 1. A newcomer finds the open round and checks whether the group can apply
            browser.open("/funding");
            page.heading("Open funding rounds");
            shots("funding");
            // Other tests may have opened rounds too: the newcomer picks the demo round's card.
            page.follow("Read about this round and check if you can apply",
                    org.communitychest.rounds.ui.RoundsNavigation.publicRound(fx.demoRound().id()));
            page.heading(ApplicationFixtures.DEMO_ROUND);
            shots("round");
            var questions = eligibilityQuestions();
            for (var question : questions) {
                page.choose(question, "Yes");
            }
            page.press("Check if we can apply");
            page.awaitText("You can apply");
            shots("round-checked");
            String applyAddress = page.link("Start your application").getDomProperty("href");
            page.follow("Start your application");
            browser.waitForLoginForm();
            assertThat(applyAddress).as("the checker's answers travel to the start page").contains("answer-");
            page.heading("Sign in");
            shots("sign-in-to-apply");

            // 2. Register: with no mail server the page says the email is queued, and whom to ask
            page.follow("New here? Create an account for your group");
            page.heading("Create an account");
            page.fill("Your name", "Nadia Rahman");
            page.fill("Email address", email);
            page.fill("Choose a password", NEWCOMER_PASSWORD);
            page.fill("Type the password again", NEWCOMER_PASSWORD);
            shots("register");
            page.press("Create account");
            page.heading("Your email address needs confirming");
            assertThat(page.text()).contains("An email to " + email + " " + QUEUED)
                    .contains("one of its administrators can confirm your email address for you")
                    .doesNotContain("emailed").doesNotContain("Check your email");
            shots("registered");

            // Signing in before the address is confirmed says why not, truthfully
            browser.driver().get(browser.url("/login"));
            browser.waitForLoginForm();
            signInWith(email, NEWCOMER_PASSWORD);
            page.awaitText("Mail is not set up on this portal yet");
            shots("sign-in-unconfirmed");

            // 3. The administrator confirms the newcomer's address, as the page told them to ask
            browser.driver().manage().deleteAllCookies();
            browser.signIn(ApplicationFixtures.ADMIN, ApplicationFixtures.PASSWORD);
            browser.open("/admin/users");
            page.press("Confirm an applicant's email");
            page.fill("Their email address", email);
            shots("admin-confirms");
            page.press("Confirm their email address");
            assertThat(page.awaitNotification("is confirmed")).contains("The email address " + email
                    + " is confirmed: Nadia Rahman can sign in now");
            signOut();

            // 4. The newcomer signs in and is taken back to the application, answers and all
            browser.driver().get(applyAddress);
            browser.waitForLoginForm();
            signInWith(email, NEWCOMER_PASSWORD);
            page.heading("Apply to " + ApplicationFixtures.DEMO_ROUND);
            assertThat(page.text()).contains("First, tell us about your group");
            shots("apply-no-group");
            page.follow("Set up your group");
            page.heading("Set up your group");
            page.fill("Name of your group", group);
            page.choose("What kind of group are you?", "Unconstituted residents' or community group");
            page.fill("Address line 1", "Mile End Park Pavilion");
            page.fill("Town or city", "London");
            page.fill("Postcode", "e3 4hl");
            page.choose("Annual income", "Under £10,000");
            shots("group-form");
            page.press("Save your group");
            assertThat(page.awaitNotification(group + " is set up")).as("not \"invite colleagues below\"")
                    .contains("Later, you can invite colleagues to it from Your groups, in the menu.");

            // 5. Straight back to the round's start page: the group chosen, the checker's answers filled in
            page.heading("Apply to " + ApplicationFixtures.DEMO_ROUND);
            assertThat(page.text()).contains("Your answers from the eligibility check are filled in");
            for (var question : questions) {
                assertThat(checked(question)).as(question).isEqualTo("Yes");
            }
            page.choose("How much will you ask for?", "£2,000 or more (up to £10,000): the full form");
            shots("start");
            page.press("Start the application");
            page.heading(title(browser));
            assertThat(page.text()).contains("You have completed 0 of 6 sections");
            shots("task-list");
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/applications/(\\d+).*", "$1"));

            // 6. Every section of the full form
            page.follow("About the project");
            page.heading("About the project");
            page.fill("Project title", title);
            page.fill("Summary", "Weekly buggy-friendly walks round Mile End Park for new mums who feel low,"
                    + " ending with a cuppa at the pavilion.");
            page.fill("Why is the project needed?", "Health visitors tell us new mums on the Ocean estate are"
                    + " isolated, and link workers have nowhere to send them.");
            awaitSaved();
            shots("section-about");

            page.follow("Next: Who it helps");
            page.heading("Who it helps");
            pick("Which needs does it help with?", "Mental wellbeing");
            pick("Which areas does it serve?", "Bow West");
            pick("Which areas does it serve?", "Mile End");
            page.fill("How many people could you take from social prescribers?", "24");
            page.fill("Who will take part?", "Mothers of babies under one");
            awaitSaved();
            assertThat(page.text()).contains("1 need chosen").contains("2 areas chosen");
            shots("section-who");

            page.follow("Next: Activities and timeline");
            page.heading("Activities and timeline");
            page.fill("What will happen, and when?", "Walks every Thursday from April; a picnic in July.");
            page.fillDate("Start date", "1/4/2027");
            page.fillDate("End date", "28/10/2027");
            awaitSaved();
            shots("section-activities");

            page.follow("Next: Budget");
            page.heading("Budget");
            page.fill("Item", 0, "Walk leader training");
            page.fill("Cost", 0, "1800");
            page.press("Add a line");
            page.fill("Item", 1, "Pavilion hire and refreshments");
            page.fill("Cost", 1, "1450.50");
            page.press("Add a line");
            page.fill("Item", 2, "Buggy-friendly rain covers");
            page.fill("Cost", 2, "300");
            page.fill("Paid by another funder? Name it", 2, "Tesco Stronger Starts");
            awaitSaved();
            page.awaitText("Asking this round for £3,250.50, out of a total cost of £3,550.50.");
            shots("section-budget");

            page.follow("Next: Documents");
            page.heading("Documents");
            Path pdf = Files.createTempFile("constitution-", ".pdf");
            Files.write(pdf, ApplicationFixtures.pdf("Constitution of " + group));
            int documents = browser.driver().findElements(By.tagName("vaadin-upload")).size();
            assertThat(documents).as("the round asks for documents").isPositive();
            for (int i = 0; i < documents; i++) {
                var upload = browser.driver().findElements(By.tagName("vaadin-upload")).get(i);
                var file = (WebElement) browser.script("""
                        return arguments[0].querySelector('input[type=file]')
                            || arguments[0].shadowRoot.querySelector('input[type=file]');""", upload);
                file.sendKeys(pdf.toAbsolutePath().toString());
                int uploaded = i + 1;
                page.until(d -> page.text().split("Uploaded: ", -1).length - 1 == uploaded);
                browser.waitForVaadin();
            }
            shots("section-documents");

            page.follow("Next: Declarations");
            page.heading("Declarations");
            page.tick("The information in this application is true and complete, as far as we know.");
            page.tick("We agree that the application may be shared with the panel, which includes local residents,"
                    + " and kept by the partnership.");
            page.tick("We will keep the people we work with safe, and follow our safeguarding policy (or the"
                    + " partnership's, if we have none).");
            page.fill("Your name", "Nadia Rahman");
            page.fill("Your role in the group", "Organiser");
            awaitSaved();
            shots("section-declarations");

            // 7. Check the answers, submit, and read the reference
            page.follow("Check your answers");
            page.heading("Check your answers");
            assertThat(page.text()).contains(title).contains("Walk leader training").contains("£3,250.50")
                    .contains("Bow West").contains("Nadia Rahman, Organiser").contains(pdf.getFileName().toString())
                    .doesNotContain("Some sections are not finished yet");
            shots("check-answers");
            page.press("Accept and submit");
            page.heading("Application submitted");
            String reference = browser.driver().findElement(By.className("cc-reference")).getText();
            assertThat(reference).matches(REFERENCE);
            assertThat(page.text()).contains("Your reference").contains("A receipt, with a PDF of the whole"
                    + " application, to the members of " + group + " " + QUEUED)
                    .doesNotContain("We will email you").doesNotContain("emailed");
            shots("submitted");
            assertThat(fx.status(id)).isEqualTo(ApplicationStatus.SUBMITTED);

            page.follow("Your applications");
            page.awaitText(reference);
            assertThat(page.text()).contains(title).contains("Submitted");
            shots("my-applications");
            signOut();

            // 8. The officer opens it for screening and asks a question first
            browser.signIn(ApplicationFixtures.OFFICER, ApplicationFixtures.PASSWORD);
            assertThat(page.text()).contains("to " + ApplicationFixtures.DEMO_ROUND);
            shots("officer-home");
            page.follow(waitingLink(browser));
            page.awaitText(reference);
            shots("round-applications");
            page.click(browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='"
                    + reference + "']")));
            page.heading(title);
            assertThat(page.text()).contains(reference + " · " + group);
            shots("review");
            page.fill("Ask the group a question", QUESTION);
            page.press("Send question");
            assertThat(page.awaitNotification("Question saved")).contains("Question saved: the group can answer it"
                    + " in the portal. An email telling them of it " + QUEUED);
            page.awaitText("Not answered yet");
            shots("review-asked");
            signOut();

            // 9. The applicant sees the question and answers it
            browser.signIn(email, NEWCOMER_PASSWORD);
            page.awaitText("1 question from the partnership to answer");
            shots("applicant-home-question");
            page.click(browser.driver().findElement(By.xpath(
                    "//vaadin-side-nav-item[normalize-space(.)='Your applications']")));
            page.awaitText("1 question from the partnership to answer");
            page.follow(title);
            page.heading(title);
            assertThat(page.text()).contains(QUESTION);
            page.fill("Your answer", ANSWER);
            shots("question");
            page.press("Send answer");
            page.awaitNotification("Thank you: your answer has been sent");
            page.awaitText("Your answer (");
            assertThat(page.text()).contains(ANSWER);
            shots("answered");
            signOut();

            // 10. The officer sees the answer on the home page, screens the application, and exports the round
            browser.signIn(ApplicationFixtures.OFFICER, ApplicationFixtures.PASSWORD);
            page.awaitText("Answers from groups");
            assertThat(page.text()).contains(group + " answered your question about " + reference).contains(ANSWER);
            shots("officer-home-answer");
            page.follow(group + " answered your question about " + reference);
            page.heading(title);
            page.awaitText("Answer from Nadia Rahman (");
            assertThat(page.text()).contains(ANSWER).contains(QUESTION);
            shots("review-answer");
            // With the answer in, the officer screens it: every gate passed
            for (var pass : browser.driver().findElements(By.xpath("//vaadin-radio-button[./label[normalize-space(.)"
                    + "='Pass']]"))) {
                page.click(pass);
            }
            page.press("Save screening");
            assertThat(page.awaitNotification("Marked eligible")).doesNotContain("emailed");
            shots("screened");
            page.follow("All applications to this round");
            page.awaitText(reference);
            String csv = download(page, page.link("Export CSV"));
            assertThat(csv.lines().findFirst().orElseThrow()).contains("Reference").contains("Amount requested (£)");
            assertThat(csv.lines().filter(line -> line.contains(reference)).findFirst()).hasValueSatisfying(line ->
                    assertThat(line).contains(group).contains(title).contains("3250.50").contains("Eligible"));
            shots("export");

            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
            assertThat(page.tooWide()).as("pages wider than the screen").isEmpty();
        }
    }

    /** Captures the page at both widths, numbered in the order of the walk. */
    private void shots(String name) throws IOException {
        step++;
        page.shots(String.format("%02d-%s", step, name));
    }

    private List<String> eligibilityQuestions() {
        @SuppressWarnings("unchecked")
        var questions = (List<String>) page.browser().script("""
                return [...document.querySelectorAll('vaadin-radio-group')]
                    .map(g => g.querySelector(':scope > label').innerText.trim())
                    .filter(l => l.endsWith('?'));""");
        assertThat(questions).as("the round's eligibility questions").hasSize(3);
        return questions;
    }

    private String checked(String question) {
        return (String) page.browser().script("""
                const group = [...document.querySelectorAll('vaadin-radio-group')]
                    .find(g => g.querySelector(':scope > label').innerText.trim() === arguments[0]);
                const on = group.querySelector('vaadin-radio-button[checked]');
                return on ? on.querySelector('label').innerText.trim() : null;""", question);
    }

    private static String title(HeadlessBrowser browser) {
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private String waitingLink(HeadlessBrowser browser) {
        return browser.driver().findElement(By.xpath("//a[contains(., 'to " + ApplicationFixtures.DEMO_ROUND
                + "')]")).getText();
    }

    private void signInWith(String email, String password) {
        var browser = page.browser();
        browser.type(By.cssSelector("vaadin-email-field input"), email);
        browser.type(By.cssSelector("vaadin-password-field input"), password);
        browser.signInButton().click();
        browser.waitForVaadin();
    }

    private void signOut() {
        page.press("Sign out");
        page.until(ExpectedConditions.urlContains("/login"));
        page.browser().waitForLoginForm();
    }

    /** Chooses {@code option} in a multi-select combo box by typing part of it and pressing Enter. */
    private void pick(String label, String option) {
        var input = page.input(label);
        page.browser().script("arguments[0].focus();", input);
        input.sendKeys(option);
        page.browser().waitForVaadin();
        input.sendKeys(Keys.ENTER);
        page.browser().waitForVaadin();
        page.until(d -> Boolean.TRUE.equals(page.browser().script(
                "return arguments[0].selectedItems.some(i => i.label === arguments[1]);", page.field(label), option)));
        // Escape clears the typed filter first, then closes the list
        page.until(d -> {
            input.sendKeys(Keys.ESCAPE);
            return Boolean.FALSE.equals(page.browser().script("return arguments[0].opened;", page.field(label)));
        });
        page.browser().waitForVaadin();
    }

    private void awaitSaved() {
        page.until(d -> page.text().contains("Saved at"));
        page.browser().waitForVaadin();
    }

    /** Clicks a download link with the browser saving files into a folder of its own, and reads the file. */
    private static String download(BrowserPage page, WebElement link) throws IOException {
        var browser = page.browser();
        Path folder = Files.createTempDirectory("chest-download-");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", folder.toAbsolutePath().toString()));
        page.click(link);
        var file = new Path[1];
        browser.await().withTimeout(Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(folder)) {
                file[0] = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
                return file[0] != null;
            } catch (IOException e) {
                return false;
            }
        });
        return Files.readString(file[0], StandardCharsets.UTF_8);
    }
}

package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The accessibility gate: walks every page of every role in headless Chromium, in English and in Bengali, and runs
 * axe-core (WCAG 2.0 and 2.1, A and AA, and the best-practice rules for landmarks and headings) on each: in English at
 * desktop (1440 px) and phone (360 px) width, in Bengali at phone width, where its longer words are tightest (a
 * language changes the text, not the page's structure or colours, which the English widths check), with a contrast
 * check of the disabled and placeholder text axe leaves out; at 320 px it checks that the page does not scroll
 * sideways. It fails listing every violation: rule, page, width, language and the selector of each element. It also checks the skip link and that notifications are announced.
 *
 * <p><b>Adding a screen:</b> add one line to {@link #PAGES}: who visits it ({@link Visitor}), a name for the
 * report, its path (from the demo data's ids in {@link DemoIds}), and, if the page shows more after an action
 * (errors after a button, a notification), that action. Pages are visited in the table's order, each visitor's
 * pages in one sign-in. One Spring context (shared with {@link BrowserLoginIT}) and one browser serve the whole
 * walk; the demo accounts' chosen language is put back afterwards.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, DatabaseOutage.Config.class},
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class AccessibilityWalkIT {

    /** Who sees a page: the public without an account, or the demo account of a role. */
    enum Visitor {
        PUBLIC(null), OFFICER("officer@example.org"), APPLICANT("applicant@example.org"),
        ADMIN("admin@example.org"), PANELLIST("panellist@example.org"), GRANTEE("abdul@example.org"),
        REPORTER("margaret@example.org");

        final String email;

        Visitor(String email) {
            this.email = email;
        }
    }

    /** A page of the walk: {@code action} runs after it opened, to show what it shows after one. */
    record Page(Visitor visitor, String name, Function<DemoIds, String> path, Consumer<HeadlessBrowser> action) {

        Page(Visitor visitor, String name, Function<DemoIds, String> path) {
            this(visitor, name, path, NO_ACTION);
        }
    }

    private static final Consumer<HeadlessBrowser> NO_ACTION = browser -> { };

    /** The demo data's rows the pages are about. */
    record DemoIds(long round, long draft, long submitted, long group, long review, Panels panels, Votes votes,
            Grants grants, Reports reports) {
    }

    /**
     * The demo's reports: the warm lunches' midpoint report returned to Margaret's group, with its grant, and the
     * men's shed's approved one; and a listed activity of the public directory.
     */
    record Reports(long returned, long returnedGrant, long approved, String listed) {
    }

    /** The demo's grants: the spring round's, its one still offered (Shadwell Steppers'), and an active one. */
    record Grants(long round, long offered, long active) {
    }

    /**
     * The demo's panels: the autumn round being scored, the winter round in moderation and the spring round
     * decided; the demo panellist's bid still to declare and the bid they submitted scores for.
     */
    /** The demo's votes: the open one the demo panellist is invited to, and the closed one. */
    record Votes(long open, long openRound, long closedRound) {
    }

    record Panels(long scoring, long scoringRound, long moderation, long decided, long decidedRound, long toDeclare,
            long scored) {
    }

    /** Every page of the portal, by the role that sees it. Later screens are added here. */
    static final List<Page> PAGES = onlyFor(System.getProperty("walk.visitor"), List.of(
            new Page(Visitor.PUBLIC, "home", ids -> "/"),
            new Page(Visitor.PUBLIC, "funding rounds", ids -> "/funding"),
            new Page(Visitor.PUBLIC, "public round page", ids -> "/funding/" + ids.round()),
            new Page(Visitor.PUBLIC, "eligibility checker, unanswered", ids -> "/funding/" + ids.round(),
                    AccessibilityWalkIT::checkEligibilityUnanswered),
            new Page(Visitor.PUBLIC, "sign in", ids -> "/login"),
            new Page(Visitor.PUBLIC, "sign in, wrong password", ids -> "/login", AccessibilityWalkIT::wrongPassword),
            new Page(Visitor.PUBLIC, "register", ids -> "/register"),
            new Page(Visitor.PUBLIC, "forgot password", ids -> "/forgot-password"),
            new Page(Visitor.PUBLIC, "reset password, no link", ids -> "/reset-password"),
            new Page(Visitor.PUBLIC, "verify email, no link", ids -> "/verify-email"),
            new Page(Visitor.PUBLIC, "accept invitation, no link", ids -> "/accept-invitation"),
            new Page(Visitor.PUBLIC, "not found", ids -> "/no-such-page"),
            new Page(Visitor.PUBLIC, "ballot, code to type", ids -> "/vote"),
            new Page(Visitor.PUBLIC, "ballot, unknown code", ids -> "/vote?code=AAAA-BBBB-CCCC"),
            new Page(Visitor.PUBLIC, "awarded grants", ids -> "/awarded/THT"),

            new Page(Visitor.OFFICER, "home", ids -> "/"),
            new Page(Visitor.OFFICER, "rounds", ids -> "/rounds"),
            new Page(Visitor.OFFICER, "round editor", ids -> "/rounds/" + ids.round() + "/edit"),
            new Page(Visitor.OFFICER, "round editor, a minimum share left unfilled",
                    ids -> "/rounds/" + ids.round() + "/edit", AccessibilityWalkIT::addMinimumShareAndSave),
            new Page(Visitor.OFFICER, "new round", ids -> "/rounds/new"),
            new Page(Visitor.OFFICER, "round preview", ids -> "/rounds/" + ids.round() + "/preview"),
            new Page(Visitor.OFFICER, "applications grid", ids -> "/rounds/" + ids.round() + "/applications"),
            new Page(Visitor.OFFICER, "review, question asked", ids -> "/review/" + ids.review(),
                    AccessibilityWalkIT::askQuestion),
            new Page(Visitor.OFFICER, "review of the applicant's submitted application",
                    ids -> "/review/" + ids.submitted()),
            new Page(Visitor.OFFICER, "referral gap matrix", ids -> "/gaps"),
            new Page(Visitor.OFFICER, "referral gap matrix, a cell's history",
                    ids -> "/gaps?cell=LONELINESS_ISOLATION-E05009319"),
            new Page(Visitor.OFFICER, "referral gap map", ids -> "/gaps/map"),
            new Page(Visitor.OFFICER, "gap coverage", ids -> "/gaps/coverage"),
            new Page(Visitor.OFFICER, "referral gap import", ids -> "/gaps/import"),
            new Page(Visitor.OFFICER, "access denied", ids -> "/admin/users"),
            new Page(Visitor.OFFICER, "round's panel, scoring", ids -> "/rounds/" + ids.panels().scoringRound()
                    + "/panel"),
            new Page(Visitor.OFFICER, "round's panel, decided", ids -> "/rounds/" + ids.panels().decidedRound()
                    + "/panel"),
            new Page(Visitor.OFFICER, "moderation board, scoring", ids -> panel(ids.panels().scoring(), "/moderation")),
            new Page(Visitor.OFFICER, "moderation board, moderation", ids -> panel(ids.panels().moderation(),
                    "/moderation")),
            new Page(Visitor.OFFICER, "moderation board, decided", ids -> panel(ids.panels().decided(), "/moderation")),
            new Page(Visitor.OFFICER, "allocation", ids -> panel(ids.panels().moderation(), "/allocation")),
            new Page(Visitor.OFFICER, "decision, released", ids -> panel(ids.panels().decided(), "/decision")),
            new Page(Visitor.OFFICER, "round's vote, open", ids -> "/rounds/" + ids.votes().openRound() + "/vote"),
            new Page(Visitor.OFFICER, "round's vote, closed", ids -> "/rounds/" + ids.votes().closedRound()
                    + "/vote"),
            new Page(Visitor.OFFICER, "round's grants", ids -> "/rounds/" + ids.grants().round() + "/grants"),
            new Page(Visitor.OFFICER, "grant, active and paid", ids -> "/grants/" + ids.grants().active()
                    + "/manage"),
            new Page(Visitor.OFFICER, "grant, offered", ids -> "/grants/" + ids.grants().offered() + "/manage"),

            new Page(Visitor.APPLICANT, "home", ids -> "/"),
            new Page(Visitor.APPLICANT, "groups", ids -> "/organisations"),
            new Page(Visitor.APPLICANT, "group profile", ids -> "/organisations/" + ids.group()),
            new Page(Visitor.APPLICANT, "new group", ids -> "/organisations/new"),
            new Page(Visitor.APPLICANT, "join a group", ids -> "/join-organisation"),
            new Page(Visitor.APPLICANT, "funding rounds", ids -> "/funding"),
            new Page(Visitor.APPLICANT, "start an application", ids -> "/apply/" + ids.round()),
            new Page(Visitor.APPLICANT, "applications", ids -> "/applications"),
            new Page(Visitor.APPLICANT, "task list", ids -> "/applications/" + ids.draft()),
            new Page(Visitor.APPLICANT, "section about", ids -> section(ids, "about")),
            new Page(Visitor.APPLICANT, "section who", ids -> section(ids, "who")),
            new Page(Visitor.APPLICANT, "section activities", ids -> section(ids, "activities")),
            new Page(Visitor.APPLICANT, "section budget", ids -> section(ids, "budget")),
            new Page(Visitor.APPLICANT, "section documents", ids -> section(ids, "documents")),
            new Page(Visitor.APPLICANT, "section declarations", ids -> section(ids, "declarations")),
            new Page(Visitor.APPLICANT, "check answers", ids -> "/applications/" + ids.draft() + "/check"),
            new Page(Visitor.APPLICANT, "submitted, with a question", ids -> "/applications/" + ids.submitted()),

            new Page(Visitor.ADMIN, "home", ids -> "/"),
            new Page(Visitor.ADMIN, "users and invitations", ids -> "/admin/users"),
            new Page(Visitor.ADMIN, "areas", ids -> "/admin/areas"),
            new Page(Visitor.ADMIN, "need categories", ids -> "/admin/need-categories"),
            new Page(Visitor.ADMIN, "mail log", ids -> "/admin/mail"),
            new Page(Visitor.ADMIN, "audit", ids -> "/admin/audit"),
            new Page(Visitor.ADMIN, "round preview", ids -> "/rounds/" + ids.round() + "/preview"),

            new Page(Visitor.PANELLIST, "home", ids -> "/"),
            new Page(Visitor.PANELLIST, "panel, scoring", ids -> panel(ids.panels().scoring(), "")),
            new Page(Visitor.PANELLIST, "bid to declare", ids -> panel(ids.panels().scoring(), "/bid/"
                    + ids.panels().toDeclare())),
            new Page(Visitor.PANELLIST, "bid to declare, declared without a choice", ids -> panel(
                    ids.panels().scoring(), "/bid/" + ids.panels().toDeclare()), AccessibilityWalkIT::primaryButton),
            new Page(Visitor.PANELLIST, "scored bid with the others' scores", ids -> panel(ids.panels().scoring(),
                    "/bid/" + ids.panels().scored())),
            new Page(Visitor.PANELLIST, "practice bid", ids -> panel(ids.panels().scoring(), "/practice")),
            new Page(Visitor.PANELLIST, "practice bid, checked unscored", ids -> panel(ids.panels().scoring(),
                    "/practice"), AccessibilityWalkIT::primaryButton),
            new Page(Visitor.PANELLIST, "panel, decided", ids -> panel(ids.panels().decided(), "")),
            new Page(Visitor.PANELLIST, "moderation board", ids -> panel(ids.panels().moderation(), "/moderation")),
            new Page(Visitor.PANELLIST, "ballot", ids -> "/votes/" + ids.votes().open() + "/ballot"),

            new Page(Visitor.GRANTEE, "home with an offer", ids -> "/"),
            new Page(Visitor.GRANTEE, "grant offer", ids -> "/grants/" + ids.grants().offered()),
            new Page(Visitor.GRANTEE, "grant offer, accepted without a name", ids -> "/grants/"
                    + ids.grants().offered(), AccessibilityWalkIT::primaryButton),

            new Page(Visitor.REPORTER, "report returned", ids -> "/reports/" + ids.reports().returned()),
            new Page(Visitor.REPORTER, "report part, activity", ids -> "/reports/" + ids.reports().returned()
                    + "/part/activity"),
            new Page(Visitor.REPORTER, "report part, referrals", ids -> "/reports/" + ids.reports().returned()
                    + "/part/referrals"),
            new Page(Visitor.REPORTER, "report part, spend", ids -> "/reports/" + ids.reports().returned()
                    + "/part/spend"),
            new Page(Visitor.REPORTER, "report part, wellbeing", ids -> "/reports/" + ids.reports().returned()
                    + "/part/outcomes"),
            new Page(Visitor.REPORTER, "report part, wellbeing, saved without a code", ids -> "/reports/"
                    + ids.reports().returned() + "/part/outcomes", AccessibilityWalkIT::primaryButton),
            new Page(Visitor.REPORTER, "report part, story", ids -> "/reports/" + ids.reports().returned()
                    + "/part/story"),
            new Page(Visitor.REPORTER, "report, check answers", ids -> "/reports/" + ids.reports().returned()
                    + "/check"),
            new Page(Visitor.REPORTER, "directory listing", ids -> "/grants/" + ids.reports().returnedGrant()
                    + "/listing"),
            new Page(Visitor.REPORTER, "grant with reports", ids -> "/grants/" + ids.reports().returnedGrant()),
            new Page(Visitor.OFFICER, "report review", ids -> "/reports/" + ids.reports().approved() + "/review"),
            new Page(Visitor.OFFICER, "round wellbeing results", ids -> "/rounds/" + ids.grants().round()
                    + "/outcomes"),
            new Page(Visitor.PUBLIC, "directory", ids -> "/directory/THT"),
            new Page(Visitor.PUBLIC, "directory activity", ids -> "/directory/activity/" + ids.reports().listed())));

    /** {@code -Dwalk.visitor=OFFICER,ADMIN} walks only their pages, when working on them; CI walks all. */
    private static List<Page> onlyFor(String visitors, List<Page> pages) {
        if (visitors == null || visitors.isBlank()) {
            return pages;
        }
        var only = Set.of(visitors.toUpperCase(Locale.ROOT).split(","));
        return pages.stream().filter(p -> only.contains(p.visitor().name())).toList();
    }

    /** Pages of which the walk keeps a picture in Bengali, at 320 and 1440 px, in target/screenshots/. */
    private static final Set<String> SCREENSHOTS = Set.of("public round page", "eligibility checker, unanswered",
            "sign in, wrong password", "task list", "section budget", "check answers", "submitted, with a question",
            "home", "ballot", "grant offer", "awarded grants", "report part, activity", "directory");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> STRUCTURE_RULES = List.of("landmark-one-main", "page-has-heading-one",
            "heading-order", "landmark-no-duplicate-main", "landmark-unique");
    private static final Map<String, List<Integer>> WIDTHS = Map.of("en", List.of(1440, 360), "bn", List.of(360));
    private static final int NARROWEST = 320;
    private static final String PASSWORD = "chest-demo-2026";
    private static final String AXE_SCRIPT = axeScript();
    /** Returns a description of each disabled or placeholder text whose contrast is under 4.5:1. */
    private static final String CONTRAST_SCRIPT = """
            const channels = colour => {
              const rgb = colour.match(/^rgba?\\(([^)]+)\\)/);
              if (rgb) {
                const p = rgb[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
              }
              const srgb = colour.match(/^color\\(srgb ([^)]+)\\)/);
              if (srgb) {
                const p = srgb[1].split(/[\\s\\/]+/).filter(Boolean).map(Number);
                return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
              }
              return null;
            };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
            const parent = node => node.parentElement || (node.getRootNode() && node.getRootNode().host) || null;
            const behind = element => {
              const layers = [];
              for (let node = element; node; node = parent(node)) {
                const c = channels(getComputedStyle(node).backgroundColor);
                if (c && c[3] > 0) {
                  layers.push(c);
                  if (c[3] === 1) break;
                }
              }
              return layers.reverse().reduce((bottom, top) => over(top, bottom), [255, 255, 255, 1]);
            };
            const luminance = c => {
              const [r, g, b] = c.slice(0, 3).map(v => v / 255)
                  .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const contrast = (text, background) => {
              const a = luminance(over(text, background)), b = luminance(background);
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            };
            const low = [];
            const check = (element, colour, what) => {
              const c = channels(colour);
              if (!c || c[3] === 0 || !element.getClientRects().length) return; // transparent: hidden on purpose
              const background = behind(element);
              const ratio = contrast(c, background);
              if (ratio < 4.5) {
                low.push(what + ' ' + ratio.toFixed(2) + ':1 (' + colour + ')');
              }
            };
            const describe = element => element.localName + (element.className && typeof element.className === 'string'
                ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
            document.querySelectorAll('[disabled]').forEach(element => {
              const label = element.querySelector(':scope > label');
              if (label && label.textContent.trim()) {
                check(label, getComputedStyle(label).color, 'label of disabled ' + describe(element));
              }
              const input = element.querySelector(':scope > input, :scope > textarea');
              if (input && input.value) {
                check(input, getComputedStyle(input).color, 'value of disabled ' + describe(element));
              }
              if (element.localName === 'vaadin-button' && element.textContent.trim()) {
                check(element, getComputedStyle(element).color, 'disabled ' + describe(element));
              }
            });
            document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(input => {
              if (input.placeholder && !input.value) {
                check(input, getComputedStyle(input, '::placeholder').color,
                    'placeholder of ' + describe(input.parentElement || input));
              }
            });
            return low;
            """;

    private static HeadlessBrowser browser;
    private static long axeNanos;
    /** The next page is loaded whole: the session or language changed since the page the browser shows. */
    private static boolean loadWhole = true;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessBrowser.start("AccessibilityWalkIT");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.viewport(1440, 900);
        browser.driver().get(url("/"));
        browser.driver().manage().deleteAllCookies();
    }

    /** The walk switches languages with the switch, which the demo accounts remember: forget it again. */
    @AfterEach
    void demoAccountsWithoutChosenLanguage() {
        jdbc.update("update app_user set language = null where email like '%@example.org'");
    }

    @Test
    void everyPageOfEveryRoleMeetsWcag21AaInEnglishAndBengali() {
        var ids = demoIds();
        List<String> violations = new ArrayList<>();
        long started = System.nanoTime();
        int checked = 0;
        for (Visitor visitor : Visitor.values()) {
            var pages = PAGES.stream().filter(p -> p.visitor() == visitor).toList();
            if (pages.isEmpty()) {
                continue;
            }
            signInAs(visitor);
            for (String language : List.of("en", "bn")) {
                if (language.equals("bn")) {
                    switchToBengali(visitor, pages.getFirst().path().apply(ids));
                }
                for (Page page : pages) {
                    violations.addAll(check(page, ids, language));
                    checked++;
                }
            }
            signOut();
        }
        System.out.printf("AccessibilityWalkIT: %d pages x 2 languages in %d s (axe %d s), %d violations%n",
                checked / 2, Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                Duration.ofNanos(axeNanos).toSeconds(), violations.size());
        assertThat(violations).as("WCAG 2.1 AA violations and pages wider than %d px", NARROWEST).isEmpty();
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        for (String path : List.of("/funding", "/login")) {
            open(path);
            assertSkipLinkWorks(path);
        }
        signInAs(Visitor.APPLICANT);
        open("/applications");
        assertSkipLinkWorks("/applications");
    }

    @Test
    void notificationsAreAnnouncedToScreenReaders() {
        signInAs(Visitor.OFFICER);
        open("/review/" + demoIds().review());
        askQuestion(browser);
        var card = browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.tagName("vaadin-notification-card")));
        assertThat(card.getDomAttribute("aria-live")).as("a confirmation waits its turn").isEqualTo("polite");
    }

    private void assertSkipLinkWorks(String path) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).as("first Tab stop on %s: %s", path,
                browser.script("return document.activeElement.outerHTML.substring(0, 300);"))
                .contains("cc-skip-link");
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getRect().getWidth()).as("skip link shown whole on focus, not clipped").isGreaterThan(50);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await().until(d -> Boolean.TRUE.equals(browser.script(
                "return !!document.activeElement && document.activeElement.id === 'main-content';")));
        assertThat(browser.script("return document.getElementById('main-content').parentElement.getAttribute('role');"))
                .isEqualTo("main");
        // The next Tab reaches the content itself: the landmark does not take everything out of the Tab order.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.getElementById('main-content').parentElement"
                + ".contains(document.activeElement) && document.activeElement.id !== 'main-content';"))
                .as("the Tab after the skip link lands inside the main content on %s", path).isEqualTo(true);
        // Enter went to the link alone: the sign-in page's Enter shortcut did not try to sign in.
        assertThat(browser.driver().findElements(By.cssSelector(".cc-alert")).stream()
                .filter(WebElement::isDisplayed).toList()).as("alerts after Enter on %s", path).isEmpty();
    }

    /** Opens the page, runs its action and axe at each width, and checks the page fits the narrowest screen. */
    private List<String> check(Page page, DemoIds ids, String language) {
        String path = page.path().apply(ids);
        List<Integer> widths = WIDTHS.get(language);
        browser.viewport(widths.getFirst(), 900);
        navigate(path);
        page.action().accept(browser);
        // What an action showed (a notification fading out) is not carried to the next page.
        loadWhole |= page.action() != NO_ACTION;
        browser.waitForVaadin();
        String where = "%s (%s, %s)".formatted(page.name(), page.visitor().name().toLowerCase(), path);
        assertThat(browser.script("return document.documentElement.lang;")).as("lang of " + where)
                .isEqualTo(language);
        List<String> found = new ArrayList<>();
        if (language.equals("bn") && SCREENSHOTS.contains(page.name())) {
            resize(1440);
            screenshot(page, 1440);
        }
        for (int width : widths) {
            resize(width);
            long axeStarted = System.nanoTime();
            var results = axe().analyze(browser.driver());
            axeNanos += System.nanoTime() - axeStarted;
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(node -> found.add("%s on %s at %d px in %s: %s (%s)".formatted(
                        rule.getId(), where, width, language, node.getTarget(), rule.getHelp())));
            }
        }
        found.addAll(lowContrastTextAxeLeavesOut(where, language));
        resize(NARROWEST);
        if (language.equals("bn") && SCREENSHOTS.contains(page.name())) {
            screenshot(page, NARROWEST);
        }
        var overflow = (Map<?, ?>) browser.script("""
                const root = document.documentElement;
                return {scroll: root.scrollWidth, client: root.clientWidth};
                """);
        if (((Number) overflow.get("scroll")).longValue() > ((Number) overflow.get("client")).longValue()) {
            found.add("horizontal scrolling on %s at %d px in %s: page %s px wide".formatted(
                    where, NARROWEST, language, overflow.get("scroll")));
        }
        return found;
    }

    /**
     * axe with the WCAG 2.0 and 2.1 A and AA rules, asking only for violations. axe is put into the page once,
     * not again for the second width.
     */
    private static AxeBuilder axe() {
        var options = new AxeRunOptions();
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_21_AA);
        options.setRunOnly(runOnly);
        // Beyond the WCAG tags, axe's best-practice rules for the structure a screen reader user finds their way
        // by: one main landmark, one h1, headings without skipped levels.
        var enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        options.setRules(STRUCTURE_RULES.stream().collect(Collectors.toMap(rule -> rule, rule -> enabled)));
        options.setResultTypes(List.of("violations"));
        var axe = new AxeBuilder().withOptions(options).disableIframeTesting();
        axe.setInjectAxe(driver -> {
            if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
                browser.script(AXE_SCRIPT);
            }
        });
        return axe;
    }

    /**
     * axe leaves out disabled controls and placeholders, which must be readable too (4.5:1): the text of every
     * disabled field's label and value, disabled button and placeholder against what is behind it.
     */
    private List<String> lowContrastTextAxeLeavesOut(String where, String language) {
        @SuppressWarnings("unchecked")
        var low = (List<String>) browser.script(CONTRAST_SCRIPT);
        return low.stream().map(text -> "contrast below 4.5:1 on %s in %s: %s".formatted(where, language, text))
                .toList();
    }

    private static void screenshot(Page page, int width) {
        String name = "a11y-bn-" + page.visitor().name().toLowerCase() + "-" + page.name().replaceAll("[^a-z]+", "-")
                + "-" + width;
        try {
            browser.saveScreenshot(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resize(int width) {
        browser.viewport(width, 900);
        browser.await().until(d -> Long.valueOf(width).equals(browser.script("return window.innerWidth;")));
        boolean phone = width < 800;
        browser.await().until(d -> Boolean.TRUE.equals(browser.script("""
                const layout = document.querySelector('vaadin-app-layout');
                return !layout || layout.hasAttribute('overlay') === arguments[0];
                """, phone)));
        browser.waitForVaadin();
    }

    private void signInAs(Visitor visitor) {
        loadWhole = true;
        if (visitor.email != null) {
            browser.signIn(url(""), visitor.email, PASSWORD);
        }
    }

    private void signOut() {
        loadWhole = true;
        browser.driver().manage().deleteAllCookies();
    }

    /**
     * The public get Bengali from the language cookie in a new session; a signed-in person by the switch in the
     * header, as they would.
     */
    private void switchToBengali(Visitor visitor, String firstPath) {
        loadWhole = true;
        if (visitor.email == null) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().manage().addCookie(new Cookie("chest-lang", "bn", "/"));
            return;
        }
        browser.viewport(1440, 900);
        open(firstPath);
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".cc-language-switch vaadin-button[lang='bn']"))).click();
        browser.await().until(d -> "bn".equals(browser.script("return document.documentElement.lang;")));
        browser.waitForPage();
    }

    private static void checkEligibilityUnanswered(HeadlessBrowser browser) {
        click(browser, By.xpath("//vaadin-radio-group/following-sibling::vaadin-button[1]"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-live] .cc-alert,"
                + " .cc-alert[aria-live], [aria-live] p")));
    }

    /** Nothing is saved: the share has neither its area nor its percentage, so both fields show their errors. */
    private static void addMinimumShareAndSave(HeadlessBrowser browser) {
        click(browser, By.xpath("//vaadin-button[normalize-space(.)='Add a minimum share']"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Remove share']")));
        click(browser, By.xpath("//vaadin-button[normalize-space(.)='Save']"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cc-alert")));
    }

    /** The page's first primary button pressed with nothing filled in: the errors beside the fields show. */
    private static void primaryButton(HeadlessBrowser browser) {
        click(browser, By.cssSelector("[role='main'] vaadin-button[theme~='primary']"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[invalid]")));
    }

    private static void wrongPassword(HeadlessBrowser browser) {
        browser.waitForLoginForm();
        browser.type(By.cssSelector("vaadin-email-field input"), "applicant@example.org");
        browser.type(By.cssSelector("vaadin-password-field input"), "not-the-password");
        click(browser, By.cssSelector("vaadin-button[theme~='primary']"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cc-alert")));
    }

    private static void askQuestion(HeadlessBrowser browser) {
        browser.type(By.xpath("(//vaadin-text-area)[last()]//textarea"), "Who else funds the walks?");
        click(browser, By.xpath("(//vaadin-text-area)[last()]/following-sibling::vaadin-button[1]"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
    }

    /** Clicks a button wherever it is on the page, scrolled into view first, as a person would. */
    private static void click(HeadlessBrowser browser, By locator) {
        var element = browser.await().until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.await().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String panel(long panelId, String page) {
        return "/panel/" + panelId + page;
    }

    private static String section(DemoIds ids, String slug) {
        return "/applications/" + ids.draft() + "/section/" + slug;
    }

    private static String axeScript() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not in its jar", e);
        }
    }

    private DemoIds demoIds() {
        long amina = jdbc.queryForObject("select id from app_user where email = 'applicant@example.org'", Long.class);
        long kwame = jdbc.queryForObject("select id from app_user where email = 'kwame@example.org'", Long.class);
        long round = jdbc.queryForObject("select id from funding_round where status = 'OPEN' order by id limit 1",
                Long.class);
        long draft = jdbc.queryForObject("select id from application where created_by = ? and status = 'DRAFT'"
                + " and form_type = 'FULL' order by id limit 1", Long.class, amina);
        long submitted = jdbc.queryForObject("select id from application where created_by = ? and status <> 'DRAFT'"
                + " order by id limit 1", Long.class, amina);
        long group = jdbc.queryForObject("select organisation_id from application where id = ?", Long.class, draft);
        long review = jdbc.queryForObject("select id from application where created_by = ? and status <> 'DRAFT'"
                + " order by id limit 1", Long.class, kwame);
        String voteOf = "select v.id from vote v join funding_round r on r.id = v.round_id where r.title = ?";
        String roundOf = "select id from funding_round where title = ?";
        var votes = new Votes(jdbc.queryForObject(voteOf, Long.class, "Spring Residents' Choice 2027"),
                jdbc.queryForObject(roundOf, Long.class, "Spring Residents' Choice 2027"),
                jdbc.queryForObject(roundOf, Long.class, "Neighbourhood Chest vote 2026"));
        String grantOf = "select g.id from grant_award g join funding_round r on r.id = g.round_id"
                + " where r.title = 'Community Chest spring 2026' and g.status = ? order by g.id limit 1";
        var grants = new Grants(jdbc.queryForObject(roundOf, Long.class, "Community Chest spring 2026"),
                jdbc.queryForObject(grantOf, Long.class, "OFFERED"), jdbc.queryForObject(grantOf, Long.class,
                        "ACTIVE"));
        String reportOf = "select r.id from grant_report r join grant_award g on g.id = r.grant_id"
                + " where g.project_title = ? and r.kind = 'MIDPOINT'";
        long returned = jdbc.queryForObject(reportOf, Long.class, "Winter warm lunches");
        var reports = new Reports(returned, jdbc.queryForObject("select grant_id from grant_report where id = ?",
                Long.class, returned), jdbc.queryForObject(reportOf, Long.class, "Shed tools and open days"),
                jdbc.queryForObject("select public_id from directory_listing order by id limit 1", String.class));
        return new DemoIds(round, draft, submitted, group, review, demoPanels(), votes, grants, reports);
    }

    private Panels demoPanels() {
        String panelOf = "select p.id from panel p join funding_round r on r.id = p.round_id where r.title = ?";
        long scoring = jdbc.queryForObject(panelOf, Long.class, "Community Chest autumn 2026");
        long moderation = jdbc.queryForObject(panelOf, Long.class, "Winter Warmth Chest 2026");
        long decided = jdbc.queryForObject(panelOf, Long.class, "Community Chest spring 2026");
        String roundOf = "select round_id from panel where id = ?";
        long tom = jdbc.queryForObject("select m.id from panel_member m join app_user u on u.id = m.account_id"
                + " where u.email = 'panellist@example.org' and m.panel_id = ?", Long.class, scoring);
        long toDeclare = jdbc.queryForObject("select a.id from application a where a.round_id = ? and a.id not in"
                + " (select application_id from panel_conflict where member_id = ?) order by a.id limit 1",
                Long.class, jdbc.queryForObject(roundOf, Long.class, scoring), tom);
        long scored = jdbc.queryForObject("select application_id from score_sheet where member_id = ? and status ="
                + " 'SUBMITTED' order by id limit 1", Long.class, tom);
        return new Panels(scoring, jdbc.queryForObject(roundOf, Long.class, scoring), moderation, decided,
                jdbc.queryForObject(roundOf, Long.class, decided), toDeclare, scored);
    }

    /**
     * Goes to {@code path} as a link in the portal does, without loading the page anew (much quicker, and what a
     * person sees after following a link); the first page of a visit is loaded whole.
     */
    private void navigate(String path) {
        if (loadWhole) {
            loadWhole = false;
            open(path);
            return;
        }
        browser.script("""
                window.dispatchEvent(new CustomEvent('vaadin-router-go',
                    {detail: new URL(arguments[0], document.baseURI)}));""", path.substring(1));
        // A page that sends the visitor elsewhere never shows its own path: then Vaadin settling is enough.
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> path.equals(browser.script("return location.pathname;")));
        } catch (TimeoutException elsewhere) {
            // e.g. a page that needs signing in
        }
        browser.waitForVaadin();
    }

    private void open(String path) {
        browser.driver().get(url(path));
        browser.waitForPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

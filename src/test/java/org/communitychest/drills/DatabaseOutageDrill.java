package org.communitychest.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.communitychest.HeadlessBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The database-outage drill against a running application (not part of the build: it reports figures and fails
 * nothing on timing). The application reaches MariaDB through a TCP proxy ({@code socat}) whose process id is
 * given; the drill cuts the proxy (the process and its per-connection children) for {@code drill.outage.seconds},
 * then starts it again, and reports what an applicant typing in a draft, a visitor on the public pages and a
 * person signing in saw, how long each request took, and whether the draft edit reached the database.
 *
 * <pre>
 * ./mvnw -q test -Dtest=DatabaseOutageDrill -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Ddrill.url=http://localhost:8104 -Ddrill.proxy.pid=$(cat proxy.pid) -Ddrill.proxy.listen=3399 \
 *   -Ddrill.db=jdbc:mysql://127.0.0.1:3306/chest_outage_drill -Ddrill.out=/tmp/drill
 * </pre>
 */
@EnabledIfSystemProperty(named = "drill.url", matches = ".+")
class DatabaseOutageDrill {

    private static final String URL = System.getProperty("drill.url");
    private static final Path OUT = Path.of(System.getProperty("drill.out", "target/drill"));
    private static final int OUTAGE_SECONDS = Integer.getInteger("drill.outage.seconds", 45);
    private static final String PASSWORD = "chest-demo-2026";

    private final List<String> report = new ArrayList<>();
    private final Instant start = Instant.now();
    private HeadlessBrowser applicant;
    private HeadlessBrowser visitor;
    private long proxyPid = Long.getLong("drill.proxy.pid");

    @BeforeEach
    void browsers() throws IOException {
        Files.createDirectories(OUT);
        applicant = HeadlessBrowser.start("DatabaseOutageDrill", URL);
        visitor = HeadlessBrowser.start("DatabaseOutageDrill", URL);
    }

    @AfterEach
    void close() throws IOException {
        applicant.close();
        visitor.close();
        Files.write(OUT.resolve("report.txt"), report);
        report.forEach(System.out::println);
    }

    @Test
    void cutTheDatabaseForAWhile() throws Exception {
        long draft;
        try (Connection db = db()) {
            var rs = db.createStatement().executeQuery("select id from application where status = 'DRAFT'"
                    + " and project_title = 'Tuesday Tea and Talk'");
            rs.next();
            draft = rs.getLong(1);
        }
        long round;
        try (Connection db = db()) {
            var rs = db.createStatement().executeQuery("select min(id) from funding_round where status = 'OPEN'");
            rs.next();
            round = rs.getLong(1);
        }
        applicant.signIn("applicant@example.org", PASSWORD);
        timed("applicant opens the About section (database up)", () -> {
            applicant.driver().get(applicant.url("/applications/" + draft + "/section/about"));
            return waitFor(applicant, By.cssSelector("vaadin-text-area textarea")).isDisplayed();
        });
        timed("visitor opens /funding (database up)", () -> open(visitor, "funding"));

        log("cutting the proxy (pid " + proxyPid + ") for " + OUTAGE_SECONDS + " s");
        cutProxy();
        Instant cutAt = Instant.now();

        String typed = "Typed during the outage at " + Instant.now();
        var summary = waitFor(applicant, By.cssSelector("vaadin-text-area textarea"));
        summary.sendKeys(Keys.END, " " + typed);
        summary.sendKeys(Keys.TAB);
        timed("draft change during the outage: status line", () -> waitForText(applicant,
                By.cssSelector(".cc-save-status"), "Not saved yet"));
        shot(applicant, "outage-draft");
        log("applicant status line: " + applicant.driver().findElement(By.cssSelector(".cc-save-status"))
                .getText());

        timed("visitor opens /funding (outage)", () -> open(visitor, "funding"));
        shot(visitor, "outage-funding");
        timed("visitor opens /funding/" + round + " (outage)", () -> open(visitor, "funding/" + round));
        shot(visitor, "outage-funding-round");
        timed("visitor opens /login (outage)", () -> open(visitor, "login"));
        visitor.type(By.cssSelector("vaadin-email-field input"), "officer@example.org");
        visitor.type(By.cssSelector("vaadin-password-field input"), PASSWORD);
        visitor.signInButton().click();
        timed("sign-in during the outage: message", () -> waitForText(visitor, By.cssSelector(".cc-alert"),
                "could not check"));
        log("sign-in message: " + visitor.driver().findElement(By.cssSelector(".cc-alert")).getText());
        log("email still in the field: " + visitor.driver().findElement(By.cssSelector("vaadin-email-field input"))
                .getDomProperty("value"));
        shot(visitor, "outage-sign-in");

        applicant.driver().findElement(By.linkText("Back to your application")).click();
        By stay = By.xpath("//vaadin-button[normalize-space(.)='Stay on this page']");
        timed("applicant leaves the page during the outage: dialog", () -> waitFor(applicant, stay).isDisplayed());
        shot(applicant, "outage-leave-dialog");
        applicant.driver().findElement(stay).click();
        for (int i = 1; i <= 3; i++) {
            timed("visitor reloads /funding (outage, " + i + ")", () -> open(visitor, "funding"));
        }
        long waited = Duration.between(cutAt, Instant.now()).toSeconds();
        Thread.sleep(Math.max(0, OUTAGE_SECONDS - waited) * 1000L);

        restartProxy();
        Instant backAt = Instant.now();
        log("proxy back after " + Duration.between(cutAt, backAt).toSeconds() + " s");
        timed("applicant's kept change saved (poll)", () -> waitForText(applicant, By.cssSelector(".cc-save-status"),
                "Saved at", Duration.ofSeconds(60)));
        log("applicant status line: " + applicant.driver().findElement(By.cssSelector(".cc-save-status"))
                .getText());
        shot(applicant, "back-draft");
        try (Connection db = db()) {
            var rs = db.createStatement().executeQuery("select summary from application where id = " + draft);
            rs.next();
            log("draft summary in the database contains the outage edit: " + rs.getString(1).contains(typed));
        }
        timed("visitor opens /funding (database back)", () -> open(visitor, "funding"));
        log("visitor heading: " + visitor.driver().findElement(By.tagName("h1")).getText());
        shot(visitor, "back-funding");
        timed("officer signs in (database back)", () -> {
            visitor.signIn("officer@example.org", PASSWORD);
            return true;
        });
        log("officer heading: " + visitor.driver().findElement(By.tagName("h1")).getText());
    }

    private boolean open(HeadlessBrowser browser, String path) {
        browser.driver().get(browser.url("/" + path));
        var h1 = waitFor(browser, By.tagName("h1"));
        log("  /" + path + " shows: " + h1.getText());
        return true;
    }

    /** The drill's waits are longer than a test's: a request during the outage may take that long. */
    private static WebElement waitFor(HeadlessBrowser browser, By element) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(
                ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static boolean waitForText(HeadlessBrowser browser, By element, String text) {
        return waitForText(browser, element, text, Duration.ofSeconds(90));
    }

    private static boolean waitForText(HeadlessBrowser browser, By element, String text, Duration atMost) {
        return new WebDriverWait(browser.driver(), atMost).until(
                ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    private void timed(String what, Supplier<Boolean> step) {
        long t0 = System.nanoTime();
        boolean ok;
        try {
            ok = step.get();
        } catch (RuntimeException e) {
            log(what + ": FAILED after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e.getMessage()
                    .lines().findFirst().orElse(""));
            return;
        }
        log(what + ": " + (ok ? "" : "NOT OK ") + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private void log(String line) {
        String stamped = String.format("[%6.1f s] %s", Duration.between(start, Instant.now()).toMillis() / 1000.0,
                line);
        report.add(stamped);
        System.out.println(stamped);
    }

    private void shot(HeadlessBrowser browser, String name) throws IOException {
        browser.script("return 1");
        browser.saveScreenshot(OUT.resolve(name + ".png"));
    }

    /** Ends the proxy and every connection it forked, so the application's pooled connections die too. */
    private void cutProxy() {
        var proxy = ProcessHandle.of(proxyPid).orElseThrow(() -> new IllegalStateException("no proxy " + proxyPid));
        proxy.descendants().forEach(ProcessHandle::destroy);
        proxy.destroy();
    }

    private void restartProxy() throws IOException {
        String listen = System.getProperty("drill.proxy.listen", "3399");
        var process = new ProcessBuilder("socat", "TCP-LISTEN:" + listen + ",fork,reuseaddr", "TCP:127.0.0.1:3306")
                .redirectErrorStream(true).redirectOutput(OUT.resolve("proxy.log").toFile()).start();
        proxyPid = process.pid();
        Files.writeString(OUT.resolve("proxy.pid"), Long.toString(proxyPid));
        log("proxy restarted, pid " + proxyPid);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("drill.db",
                "jdbc:mysql://127.0.0.1:3306/chest_outage_drill"), "root", "");
    }
}

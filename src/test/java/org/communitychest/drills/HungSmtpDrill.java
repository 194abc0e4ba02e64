package org.communitychest.drills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The hung-SMTP drill against a running application whose {@code SPRING_MAIL_HOST} points at a server that accepts
 * and never answers (not part of the build: it reports figures). It queues mail that is due at once, makes the
 * demo's open round close a minute from now, and reports when the round closed against when it was due, and how
 * much mail was still waiting meanwhile.
 *
 * <pre>
 * ./mvnw -q test -Dtest=HungSmtpDrill -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Ddrill.db=jdbc:mysql://127.0.0.1:3306/chest_outage_drill -Ddrill.out=/tmp/drill
 * </pre>
 */
@EnabledIfSystemProperty(named = "drill.db", matches = ".+")
class HungSmtpDrill {

    private static final Path OUT = Path.of(System.getProperty("drill.out", "target/drill"));
    private static final int MAILS = Integer.getInteger("drill.mails", 20);

    private final List<String> report = new ArrayList<>();

    @Test
    void aRoundClosesOnTimeWhileTheSmtpServerHangs() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("drill.db"), "root", "")) {
            long round = single(db, "select min(id) from funding_round where status = 'OPEN'");
            for (int i = 0; i < MAILS; i++) {
                db.createStatement().executeUpdate("""
                        insert into mail_message (partnership_id, template, recipient, subject, text_body, html_body,
                          status, attempts, next_attempt_at, created_at)
                        values (null, 'verification', 'hung-%d@example.org', 'Drill', 'Drill', '<p>Drill</p>',
                          'QUEUED', 0, utc_timestamp(6), utc_timestamp(6))""".formatted(i));
            }
            db.createStatement().executeUpdate("update funding_round set closes_at = utc_timestamp(6) + interval 60"
                    + " second where id = " + round);
            Instant due = timestamp(db, "select closes_at from funding_round where id = " + round);
            log("queued " + MAILS + " mails due now; round " + round + " due to close at " + due + " (UTC)");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(deadline)) {
                String status = text(db, "select status from funding_round where id = " + round);
                if ("CLOSED".equals(status)) {
                    break;
                }
                Thread.sleep(500);
            }
            String status = text(db, "select status from funding_round where id = " + round);
            Instant closed = timestamp(db, "select max(occurred_at) from audit_entry where action = 'ROUND_CLOSED'"
                    + " and subject_id = '" + round + "'");
            log("round status: " + status + (closed == null ? "" : "; ROUND_CLOSED audited at " + closed + " (UTC), "
                    + Duration.between(due, closed).toMillis() / 1000.0 + " s after it was due"));
            log("meanwhile, drill mails attempted: " + single(db, "select count(*) from mail_message where recipient"
                    + " like 'hung-%' and attempts > 0") + ", still queued: " + single(db, "select count(*) from"
                    + " mail_message where recipient like 'hung-%' and status = 'QUEUED'") + ", marked sent: "
                    + single(db, "select count(*) from mail_message where recipient like 'hung-%' and status ="
                    + " 'SENT'"));
        } finally {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve("smtp-report.txt"), report);
        }
    }

    private void log(String line) {
        report.add(line);
        System.out.println(line);
    }

    private static long single(Connection db, String sql) throws SQLException {
        ResultSet rs = db.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }

    private static String text(Connection db, String sql) throws SQLException {
        ResultSet rs = db.createStatement().executeQuery(sql);
        rs.next();
        return rs.getString(1);
    }

    private static Instant timestamp(Connection db, String sql) throws SQLException {
        ResultSet rs = db.createStatement().executeQuery(sql);
        rs.next();
        Timestamp t = rs.getTimestamp(1, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
        return t == null ? null : t.toInstant();
    }
}

package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Mail stored before the one-time tokens were kept apart: the migration takes the tokens out of its text and HTML
 * and treats its links as expired, on each database the portal supports.
 */
abstract class LegacyMailMigrationChecks {

    abstract String jdbcUrl();

    abstract String user();

    @Test
    void tokensInMailStoredBeforeTheMigrationAreRemoved() {
        var dataSource = new DriverManagerDataSource(jdbcUrl(), user(), "");
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        flyway.target("4").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into mail_message (template, recipient, subject, text_body, html_body, status, attempts,
                    created_at)
                values ('password-reset', 'old@example.org', 'Reset', ?, ?, 'NOT_SENT', 0, '2026-01-05 10:00:00')""",
                "Open https://chest.example/reset-password?token=Ab_c-123XYZ now.\nThanks",
                "<a href=\"https://chest.example/reset-password?token=Ab_c-123XYZ\">Reset</a> "
                        + "https://chest.example/reset-password?token=Ab_c-123XYZ");
        jdbc.update("""
                insert into mail_message (template, recipient, subject, text_body, html_body, status, attempts,
                    created_at)
                values ('application-receipt', 'r@example.org', 'Received', 'No link here', '<p>No link</p>', 'SENT',
                    1, '2026-01-05 10:00:00')""");

        flyway.target("latest").load().migrate();

        Map<String, Object> reset = jdbc.queryForMap("select * from mail_message where recipient = 'old@example.org'");
        assertThat((String) reset.get("text_body")).isEqualTo(
                "Open https://chest.example/reset-password?token=[one-time-token] now.\nThanks");
        assertThat((String) reset.get("html_body")).doesNotContain("Ab_c-123XYZ")
                .contains("reset-password?token=[one-time-token]\">Reset</a>");
        assertThat(reset.get("one_time_token")).isNull();
        assertThat(reset.get("token_expires_at")).as("the link counts as expired").isNotNull();
        Map<String, Object> receipt = jdbc.queryForMap("select * from mail_message where recipient = 'r@example.org'");
        assertThat(receipt.get("text_body")).isEqualTo("No link here");
        assertThat(receipt.get("token_expires_at")).isNull();
    }
}

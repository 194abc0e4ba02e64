package org.communitychest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.communitychest.IntegrationTest;
import org.communitychest.base.London;
import org.communitychest.monitoring.Directory;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.monitoring.RoundOutcomes;
import org.communitychest.monitoring.outcomes.OutcomeMeasure;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's reports are in every state (approved, returned, overdue, due), one project's wellbeing answers are
 * enough to report and another's are too few, and the directory lists the three running activities.
 */
class DemoMonitoringTest extends IntegrationTest {

    @Autowired
    Directory directory;
    @Autowired
    RoundOutcomes outcomes;
    @Autowired
    ApplicationContext context;

    @Test
    void reportsInEveryStateOutcomesEnoughAndTooFewAndTheDirectoryFilled() {
        var today = London.today(clock);
        var reports = jdbc.queryForList("select g.project_title, r.kind, r.status, r.due_on < ? as late"
                + " from grant_report r join grant_award g on g.id = r.grant_id join funding_round f on f.id = g.round_id"
                + " where f.title = 'Community Chest spring 2026' order by g.project_title, r.kind",
                today).stream().map(row -> row.get("project_title") + " " + row.get("kind") + " " + row.get("status")
                        + (Boolean.TRUE.equals(row.get("late")) ? " late" : "")).toList();
        assertThat(reports).containsExactly(
                "Shed tools and open days FINAL DUE", "Shed tools and open days MIDPOINT APPROVED late",
                "Tablet lending library FINAL DUE", "Tablet lending library MIDPOINT DUE late",
                "Winter warm lunches FINAL DUE", "Winter warm lunches MIDPOINT RETURNED late");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where template = 'report-returned'"
                + " and recipient = 'margaret@example.org'", Integer.class)).isEqualTo(1);

        assertThat(pairs("Shed tools and open days")).isEqualTo(8);
        assertThat(pairs("Winter warm lunches")).isEqualTo(3);
        long round = jdbc.queryForObject("select id from funding_round where title = 'Community Chest spring 2026'",
                Long.class);
        var results = new ApplicationFixtures(context).as(ApplicationFixtures.OFFICER, () -> outcomes.ofRound(round));
        assertThat(results.projects()).extracting(p -> p.projectTitle() + " " + p.results()
                .result(OutcomeMeasure.SWEMWBS).tooFewToReport())
                .containsExactlyInAnyOrder("Shed tools and open days false", "Winter warm lunches true");
        assertThat(results.round().result(OutcomeMeasure.SWEMWBS).tooFewToReport()).isFalse();

        var listed = directory.all().stream().map(e -> e.listing().name()).toList();
        assertThat(listed).as("the demo's, beside any a test made").containsAll(List.of("Bow East Men's Shed open days",
                "Friday warm lunch club", "Tablet lending library"));
    }

    private int pairs(String project) {
        return jdbc.queryForObject("select count(*) from outcome_answer b join outcome_answer f on"
                + " f.grant_id = b.grant_id and f.participant_code = b.participant_code and f.stage = 'FOLLOW_UP'"
                + " join grant_award g on g.id = b.grant_id where b.stage = 'BASELINE' and g.project_title = ?",
                Integer.class, project);
    }
}

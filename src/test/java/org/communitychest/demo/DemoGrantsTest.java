package org.communitychest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.awards.PublishedGrants;
import org.communitychest.awards.giving.GivingSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The demo's decided round has grants at every step (active and paid, accepted, offered), and the partnership's
 * 360Giving file validates against the official schema.
 */
class DemoGrantsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PublishedGrants published;

    @Test
    void theSpringRoundsGrantsAreActiveAcceptedAndOfferedAndTheirOpenDataValidates() {
        var fx = new ApplicationFixtures(context);
        var statuses = fx.jdbc.queryForList("select g.status from grant_award g join funding_round r on"
                + " r.id = g.round_id where r.title = 'Community Chest spring 2026' order by g.status", String.class);
        assertThat(statuses).containsExactly("ACCEPTED", "ACTIVE", "ACTIVE", "OFFERED");
        assertThat(fx.jdbc.queryForObject("select count(*) from grant_instalment i join grant_award g on"
                + " g.id = i.grant_id join funding_round r on r.id = g.round_id where i.paid_on is not null"
                + " and r.title = 'Community Chest spring 2026'", Integer.class)).isEqualTo(2);
        assertThat(fx.jdbc.queryForObject("select count(*) from grant_variation v join grant_award g on"
                + " g.id = v.grant_id join funding_round r on r.id = g.round_id where v.status = 'REQUESTED'"
                + " and r.title = 'Community Chest spring 2026'", Integer.class)).isEqualTo(1);
        var out = new ByteArrayOutputStream();
        published.writeJson("THT", out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(GivingSchema.errors(json)).isEmpty();
        assertThat(json).contains("Shed tools and open days").contains("\"geoCodeType\":\"WD\"")
                .doesNotContain("@example.org");
    }
}

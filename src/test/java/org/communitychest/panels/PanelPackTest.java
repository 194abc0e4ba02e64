package org.communitychest.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.communitychest.IntegrationTest;
import org.communitychest.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A panellist's pack holds the bids they declared no conflict with, names those still to declare, and no other. */
class PanelPackTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void thePackLeavesConflictedBidsOutAndHoldsNoScores() throws Exception {
        var px = new PanelFixtures(context);
        var round = px.roundInScoring("Pack", 3);
        var panel = px.panel(round.roundId(), 2);
        String member = panel.members().getFirst();
        px.score(panel.panelId(), panel.members().get(1), round.bids().getFirst(), 4, true);
        px.score(panel.panelId(), member, round.bids().getFirst(), 3, true);
        byte[] pdf = px.fx.as(member, () -> {
            px.scoring.declare(panel.panelId(), round.bids().get(1), true, "My neighbour leads it");
            return px.scoring.pack(panel.panelId());
        });
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "panel-pack-test.pdf");
        Files.write(out, pdf);
        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Panel pack").contains("Project 0").contains("Meets a referral gap")
                .contains("Score 4 for meets a referral gap").contains("Bids to declare online first")
                .contains("Project 2").doesNotContain("Project 1").doesNotContain("out of 100");
    }
}

package org.communitychest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapFigures;
import org.communitychest.gaps.GapPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The demo's year of gap figures imports, suppresses small counts, and puts the demo round's priorities on top. */
class DemoGapsTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private GapFigures figures;
    @Autowired
    private DemoGaps demoGaps;

    @Test
    void aYearOfQuartersForTwentyWardsAndSixteenNeedsWithSuppressedCellsAndTheRoundsPrioritiesOnTop()
            throws InterruptedException {
        var fx = new ApplicationFixtures(context);
        String csv = demoGaps.csv();
        assertThat(csv.lines().count()).isEqualTo(1 + 4 * 20 * 16);
        assertThat(csv).contains(",<5,");

        List<GapCell> latest = fx.as(ApplicationFixtures.OFFICER, () -> {
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (figures.periods().size() < 4 && System.nanoTime() < until) {
                sleep();
            }
            var last = new GapPeriod(DemoGaps.FIRST_QUARTER.plusMonths(9), DemoGaps.FIRST_QUARTER.plusMonths(12)
                    .minusDays(1));
            return figures.matrix(last, null, null);
        });
        assertThat(latest).hasSize(320);
        var priorities = fx.demoRound().priorities().stream()
                .map(p -> p.areaName() + "/" + p.needCategoryId()).toList();
        for (var priority : fx.demoRound().priorities()) {
            var largestOfItsNeed = latest.stream().filter(c -> c.needCategoryId() == priority.needCategoryId())
                    .findFirst().orElseThrow();
            assertThat(priorities).as("the largest %s gap is one of the round's priorities",
                    largestOfItsNeed.needName()).contains(largestOfItsNeed.areaName() + "/"
                    + largestOfItsNeed.needCategoryId());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

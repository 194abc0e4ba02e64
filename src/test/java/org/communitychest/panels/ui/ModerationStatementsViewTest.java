package org.communitychest.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.gaps.DatabaseStatements;
import org.communitychest.panels.BulkModerationRound;
import org.communitychest.panels.Moderation;
import org.communitychest.panels.PanelAllocation;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;
import org.communitychest.panels.Panels;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The moderation board, the allocation built on it, and the moderation, allocation and officer's panel pages cost
 * the same SQL statements for a round of 300 bids scored by 15 panellists as for a round of 5 bids and 3
 * panellists, for an officer and for a panellist, and so does a panellist's list of bids to score. H2's statistics
 * count the statements, after a first run of each. The rounds are made once for the class
 * ({@link BulkModerationRound}), each of its own.
 */
class ModerationStatementsViewTest extends KaribuTest {

    private static BulkModerationRound big;
    private static BulkModerationRound small;

    @Autowired
    ApplicationContext context;
    @Autowired
    Moderation moderation;
    @Autowired
    PanelAllocation allocation;
    @Autowired
    PanelScoring scoring;

    @BeforeEach
    void rounds() {
        if (big == null) {
            var fx = new ApplicationFixtures(context);
            var panels = context.getBean(Panels.class);
            small = BulkModerationRound.of(fx, panels, "Five bids to moderate", 5, 3);
            big = BulkModerationRound.of(fx, panels, "Three hundred bids to moderate", 300, 15);
        }
    }

    private static <T> Runnable keep(ArrayList<T> into, Supplier<T> work) {
        return () -> {
            into.clear();
            into.add(work.get());
        };
    }

    @Test
    void theOfficersBoardAndAllocationCostTheSameFor300BidsAndFifteenPanellistsAsFor5AndThree() {
        loginAs(ApplicationFixtures.OFFICER);
        var boards = new ArrayList<Moderation.Board>();

        long[] board = warmThenCount(() -> moderation.board(small.panelId),
                keep(boards, () -> moderation.board(big.panelId)));
        long[] allocate = warmThenCount(() -> allocation.allocate(small.panelId),
                () -> allocation.allocate(big.panelId));

        assertThat(board[0]).as("board of 5").isPositive().isLessThanOrEqualTo(20);
        assertThat(board[1]).as("board of 300 (5: %s)", board[0]).isEqualTo(board[0]);
        assertThat(allocate[0]).as("allocation of 5").isLessThanOrEqualTo(28);
        assertThat(allocate[1]).as("allocation of 300 (5: %s)", allocate[0]).isEqualTo(allocate[0]);
        var shown = boards.getFirst();
        assertThat(shown.rows()).hasSize(300);
        assertThat(shown.withoutScores()).isEqualTo(1);
        assertThat(shown.reviewerNames()).hasSize(15).allSatisfy((id, name) -> assertThat(name)
                .startsWith("Tally Panellist"));
        assertThat(shown.rows().getFirst().applicationId()).as("moderated to 90").isEqualTo(big.bids.getFirst());
        assertThat(shown.rows().get(1).scores()).hasSizeBetween(10, 15);
    }

    @Test
    void aPanellistsBoardCostsTheSameFor300BidsAndFifteenPanellistsAsFor5AndThree() {
        var boards = new ArrayList<Moderation.Board>();
        loginAs(small.members.getFirst(), ApplicationFixtures.PASSWORD);
        long[] smallCost = warmThenCount(() -> moderation.board(small.panelId), () -> scoring.bids(small.panelId));
        loginAs(big.members.getFirst(), ApplicationFixtures.PASSWORD);
        long[] bigCost = warmThenCount(keep(boards, () -> moderation.board(big.panelId)),
                () -> scoring.bids(big.panelId));

        assertThat(smallCost[0]).as("board of 5").isLessThanOrEqualTo(21);
        assertThat(bigCost[0]).as("board of 300 (5: %s)", smallCost[0]).isEqualTo(smallCost[0]);
        assertThat(bigCost[1]).as("bids to score of 300 (5: %s)", smallCost[1]).isEqualTo(smallCost[1]);
        var shown = boards.getFirst();
        assertThat(shown.forOfficer()).isFalse();
        assertThat(shown.rows()).as("submitted, not conflicted, not drafts").hasSize(258);
        assertThat(shown.rows()).noneMatch(r -> r.applicationId() == big.bids.getFirst());
    }

    @Test
    void theModerationPageCostsTheSameFor300BidsAsFor5ForAnOfficerAndAPanellist() {
        loginAs(ApplicationFixtures.OFFICER);
        long officerSmall = pageCost(small);
        long officerBig = pageCost(big);
        assertThat(officerSmall).as("officer's page of 5: the board's statements").isLessThanOrEqualTo(20);
        assertThat(officerBig).as("officer's page of 300 (5: %s)", officerSmall).isEqualTo(officerSmall);
        assertThat(GridKt._size(_get(ModerationView.class).board)).isEqualTo(300);
        long allocationSmall = pageCost(PanelPaths.panel(small.panelId) + "/allocation");
        long allocationBig = pageCost(PanelPaths.panel(big.panelId) + "/allocation");
        assertThat(allocationBig).as("allocation page of 300 (5: %s)", allocationSmall).isEqualTo(allocationSmall);
        long panelSmall = pageCost(RoundsNavigation.panel(small.round.id()));
        long panelBig = pageCost(RoundsNavigation.panel(big.round.id()));
        assertThat(panelBig).as("officer's panel page of 300 (5: %s)", panelSmall).isEqualTo(panelSmall);

        logout();
        loginAs(small.members.getFirst(), ApplicationFixtures.PASSWORD);
        long panellistSmall = pageCost(small);
        logout();
        loginAs(big.members.getFirst(), ApplicationFixtures.PASSWORD);
        long panellistBig = pageCost(big);
        assertThat(panellistSmall).as("panellist's page of 5").isLessThanOrEqualTo(21);
        assertThat(panellistBig).as("panellist's page of 300 (5: %s)", panellistSmall).isEqualTo(panellistSmall);
        assertThat(GridKt._size(_get(ModerationView.class).board)).isEqualTo(258);
    }

    /** Each piece of work once, then the statements of each run again. */
    private long[] warmThenCount(Runnable... works) {
        for (var work : works) {
            work.run();
        }
        var counts = new long[works.length];
        for (int i = 0; i < works.length; i++) {
            counts[i] = DatabaseStatements.count(jdbc, works[i]);
        }
        return counts;
    }

    /** The statements of opening the round's moderation page from another page, after a first time. */
    private long pageCost(BulkModerationRound round) {
        return pageCost(PanelPaths.panel(round.panelId) + "/moderation");
    }

    private long pageCost(String location) {
        navigate("funding");
        open(location);
        navigate("funding");
        return DatabaseStatements.count(jdbc, () -> open(location));
    }

    private static void open(String location) {
        navigate(location);
        MockVaadin.clientRoundtrip(false);
    }
}

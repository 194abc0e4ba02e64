package org.communitychest.monitoring.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.gaps.DatabaseStatements;
import org.communitychest.gaps.GapFiles;
import org.communitychest.monitoring.coverage.CoverageFixtures;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.GapRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * The coverage page costs the same statements for five years of quarterly figures for 20 areas and 16 needs
 * (6,400 gaps), 60 grants and 120 approved reports as for one gap, one grant and its two reports (decision record
 * 0018): the figures, the grants with their needs and areas, the capacities and the reports are each read in one
 * query. The grants and reports are written straight into the tables, as the services would leave them.
 */
class CoverageStatementsViewTest extends KaribuTest {

    private static final LocalDate FIRST_QUARTER = LocalDate.of(2022, 1, 1);

    @Autowired
    ApplicationContext context;

    @Test
    void fiveYearsOfTwentyAreasAndSixteenNeedsCostAsManyStatementsAsOneGap() {
        var small = partnership(1, 1, 1);
        var big = partnership(20, 20, 60);

        long[] smallCost = cost(small);
        long[] bigCost = cost(big);

        assertThat(smallCost[0]).as("opening the page for one gap").isPositive();
        assertThat(bigCost[0]).as("opening the page for 6,400 gaps (one gap: %s)", smallCost[0])
                .isEqualTo(smallCost[0]);
        assertThat(bigCost[1]).as("the board's PDF for 6,400 gaps (one gap: %s)", smallCost[1])
                .isEqualTo(smallCost[1]);
    }

    /** Statements to open the page, and to make the board's PDF, as the partnership's officer. */
    private long[] cost(GapRounds.Tenant tenant) {
        loginAs(tenant.officer());
        navigate("funding");
        navigate(CoverageView.PATH);
        navigate("funding");
        long open = DatabaseStatements.count(jdbc, () -> navigate(CoverageView.PATH));
        var view = (CoverageView) currentView();
        assertThat(_findAll(view.gaps)).as("some gap of the latest period is funded").anyMatch(g -> g.funded() > 0);
        assertThat(_findAll(view.trend.table)).as("some period has delivered referrals")
                .anyMatch(p -> p.total().delivered() > 0 || p.period().start().equals(FIRST_QUARTER));
        long pdf = DatabaseStatements.count(jdbc, view::pdfFile);
        return new long[] {open, pdf};
    }

    /** A partnership with {@code wards} wards, quarters of figures for every need in each, and funded grants. */
    private GapRounds.Tenant partnership(int quarters, int wards, int grantCount) {
        var fixtures = new CoverageFixtures(context);
        var tenant = fixtures.gapRounds.tenant(wards);
        var rows = new ArrayList<String>();
        for (int q = 0; q < quarters; q++) {
            var start = FIRST_QUARTER.plusMonths(3L * q);
            for (AreaInfo ward : tenant.wards()) {
                for (NeedCategoryInfo need : tenant.needs()) {
                    rows.add(GapFiles.row(start, start.plusMonths(3).minusDays(1), ward, need.code(),
                            (20 + q) + ",5," + (3 + q % 5) + "," + (ward.id() % 4) + ","));
                    if (quarters == 1) {
                        break;
                    }
                }
                if (quarters == 1) {
                    break;
                }
            }
        }
        fixtures.gapRounds.importGaps(tenant, rows);
        long roundId = fixtures.draftRound(tenant).id();
        String member = fixtures.fx.newApplicant("Statements Bidder");
        long groupId = fixtures.fx.newGroup(member, "Statements Group " + UUID.randomUUID());
        long memberId = fixtures.fx.userId(member);
        for (int i = 0; i < grantCount; i++) {
            var start = FIRST_QUARTER.plusMonths(3L * (i % 20));
            var needs = List.of(tenant.needs().get(i % 16), tenant.needs().get((i + 1) % 16));
            var areas = List.of(tenant.wards().get(i % wards), tenant.wards().get((i + 7) % wards),
                    tenant.wards().get((i + 13) % wards));
            grant(tenant.id(), roundId, groupId, memberId, i, start, start.plusMonths(9), needs, areas);
        }
        return tenant;
    }

    private void grant(long partnershipId, long roundId, long groupId, long memberId, int i, LocalDate start,
            LocalDate end, List<NeedCategoryInfo> needs, List<AreaInfo> areas) {
        var now = Instant.now();
        long applicationId = insert("application", Map.of("partnership_id", partnershipId, "round_id", roundId,
                "organisation_id", groupId, "organisation_name", "Statements Group", "created_by", memberId,
                "created_at", now, "updated_at", now, "status", "FUNDED", "form_type", "SHORT",
                "referral_capacity", 20 + i));
        long grantId = insert("grant_award", Map.ofEntries(Map.entry("partnership_id", partnershipId),
                Map.entry("round_id", roundId), Map.entry("application_id", applicationId),
                Map.entry("organisation_id", groupId), Map.entry("reference", "ST-" + UUID.randomUUID()),
                Map.entry("organisation_name", "Statements Group"), Map.entry("project_title", "Project " + i),
                Map.entry("requested_pence", 125_000), Map.entry("status", i % 3 == 0 ? "ACTIVE" : "ACCEPTED"),
                Map.entry("amount_pence", 125_000), Map.entry("start_date", start), Map.entry("end_date", end),
                Map.entry("updated_at", now)));
        needs.forEach(n -> jdbc.update("insert into grant_need (grant_id, need_id) values (?, ?)", grantId, n.id()));
        areas.stream().distinct().forEach(a -> jdbc.update("insert into grant_area (grant_id, area_id) values (?, ?)",
                grantId, a.id()));
        for (String kind : List.of("MIDPOINT", "FINAL")) {
            long reportId = insert("grant_report", Map.of("partnership_id", partnershipId, "grant_id", grantId,
                    "round_id", roundId, "organisation_id", groupId, "kind", kind, "form_type", "SHORT",
                    "due_on", kind.equals("FINAL") ? end.plusMonths(1) : start.plusMonths(4), "status", "APPROVED",
                    "created_at", now, "updated_at", now));
            needs.forEach(n -> jdbc.update("insert into grant_report_referral (report_id, need_category_id,"
                    + " referrals) values (?, ?, ?)", reportId, n.id(), 5 + i % 7));
        }
    }

    private long insert(String table, Map<String, ?> values) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(values.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(new java.util.HashMap<>(values)).longValue();
    }
}

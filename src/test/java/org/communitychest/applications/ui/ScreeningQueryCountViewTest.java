package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFilter;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BulkBids;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.rounds.RoundDetails;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.test.context.TestPropertySource;

/**
 * The officer's applications grid costs the same number of SQL statements for a round of 5,000 applications as
 * for a round of 5, and fetches a page of rows, not the round; so do the officer's home whatever the number of
 * rounds, the PDF pack whatever the number of applications, and the users grid whatever the number of people. Hibernate's statistics count the statements (its
 * own Spring context, because the statistics setting is part of the context's configuration). The rows are
 * inserted straight into the table: the services would take minutes to make 5,000.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ScreeningQueryCountViewTest extends KaribuTest {

    private static final String ROW_QUERY = "new org.communitychest.applications.ApplicationRow";
    private static final int PAGE = 50;

    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    ApplicationFixtures fx;
    Statistics statistics;
    RoundDetails big;
    RoundDetails small;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        big = fx.openRound("Five thousand " + UUID.randomUUID());
        small = fx.openRound("Five " + UUID.randomUUID());
        String member = fx.newApplicant("Bulk Applicant");
        long group = fx.newGroup(member, "Bulk Group " + UUID.randomUUID());
        long userId = fx.userId(member);
        insertSubmitted(big, 5_000, group, userId);
        insertSubmitted(small, 5, group, userId);
    }

    private void insertSubmitted(RoundDetails round, int count, long group, long userId) {
        var now = Timestamp.from(clock.instant());
        List<BulkBids.Bid> bids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            bids.add(new BulkBids.Bid(group, "Group number " + i, "R" + round.id() + "-" + i,
                    i % 2 == 0 ? "FULL" : "SHORT", "Project number " + i, 100_000L + i,
                    Timestamp.from(clock.instant().minusSeconds(i))));
        }
        BulkBids.insert(jdbc, round, "SUBMITTED", userId, now, bids);
        assertThat(jdbc.queryForObject("select count(*) from application where round_id = ?", Integer.class,
                round.id())).isEqualTo(count);
    }

    /** What one piece of work costs: SQL statements prepared and rows the grid's query returned. */
    record Cost(long statements, long gridRows, long entitiesLoaded) {
    }

    private Cost measure(Runnable work) {
        statistics.clear();
        work.run();
        long rows = Arrays.stream(statistics.getQueries()).filter(q -> q.contains(ROW_QUERY))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionRowCount()).sum();
        return new Cost(statistics.getPrepareStatementCount(), rows, statistics.getEntityLoadCount());
    }

    /** Opens the grid as the officer's browser would and has it fetch its first page. */
    private List<ApplicationRow> openGrid(RoundDetails round) {
        navigate(ApplicationsNavigation.roundApplications(round.id()));
        MockVaadin.clientRoundtrip(false);
        var view = _get(RoundApplicationsView.class);
        GridKt._get(view.grid, 0);
        return GridKt._fetch(view.grid, 0, PAGE);
    }

    private Slice<ApplicationRow> firstPage(RoundDetails round, ApplicationFilter filter) {
        return fx.screening.applications(round.id(), filter, PageRequest.of(0, PAGE));
    }

    @Test
    void theOfficersGridOpensARoundOf5000WithTheStatementsOfARoundOf5AndFetchesOnlyAPage() {
        loginAs(OFFICER);
        openGrid(small);
        openGrid(big);

        var shownSmall = new ArrayList<ApplicationRow>();
        var shownBig = new ArrayList<ApplicationRow>();
        Cost smallCost = measure(() -> shownSmall.addAll(openGrid(small)));
        Cost bigCost = measure(() -> shownBig.addAll(openGrid(big)));

        assertThat(shownSmall).hasSize(5);
        assertThat(shownBig).hasSize(PAGE);
        assertThat(shownBig.getFirst().reference()).as("newest first").isEqualTo("R" + big.id() + "-1");
        assertThat(_get(RoundApplicationsView.class).count.getText()).isEqualTo("5,000 applications");
        assertThat(smallCost.statements()).as("statements for 5").isPositive();
        assertThat(bigCost.statements()).as("statements for 5,000 (5: %s)", smallCost.statements())
                .isEqualTo(smallCost.statements());
        assertThat(bigCost.gridRows()).as("rows the grid's queries returned for 5,000")
                .isPositive().isLessThanOrEqualTo(3L * (PAGE + 1));
    }

    @Test
    void aFurtherPageOfTheGridCostsTwoStatementsAndDoesNotReadTheRound() {
        fx.signInAs(OFFICER);
        fx.screening.applications(big.id(), ApplicationFilter.none(), PageRequest.of(3, PAGE));

        Cost page = measure(() -> fx.screening.applications(big.id(), ApplicationFilter.none(),
                PageRequest.of(4, PAGE)));
        Cost count = measure(() -> fx.screening.count(big.id(), ApplicationFilter.none()));

        assertThat(page.statements()).as("the round check and the page").isEqualTo(2);
        assertThat(count.statements()).as("the round check and the count").isEqualTo(2);
    }

    @Test
    void theOfficersHomeCostsTheSameWithFiveMoreRoundsWaitingForScreening() {
        loginAs(OFFICER);
        openAfresh("");
        Cost before = measureAfresh("");
        String member = fx.newApplicant("More Rounds Applicant");
        long group = fx.newGroup(member, "More Rounds Group " + UUID.randomUUID());
        var added = new ArrayList<RoundDetails>();
        for (int i = 1; i <= 5; i++) {
            var round = fx.openRound("Another round " + i + " " + UUID.randomUUID());
            insertSubmitted(round, i, group, fx.userId(member));
            added.add(round);
        }
        loginAs(OFFICER);
        openAfresh("");

        Cost after = measureAfresh("");

        assertThat(after.statements()).as("home with 5 more rounds (before: %s)", before.statements())
                .isEqualTo(before.statements());
        String home = currentView().getElement().getTextRecursively();
        assertThat(home).contains("3 applications to " + added.get(2).title(),
                "1 application to " + added.getFirst().title(), "5,000 applications to " + big.title());
    }

    @Test
    void thePackOfTwentyApplicationsCostsTheStatementsOfAPackOfFive() {
        var twenty = fx.openRound("Twenty " + UUID.randomUUID());
        String member = fx.newApplicant("Pack Applicant");
        long userId = fx.userId(member);
        long group = fx.newGroup(member, "Pack Group " + UUID.randomUUID());
        insertSubmitted(twenty, 20, group, userId);
        fx.signInAs(OFFICER);
        fx.screening.pdfPack(small.id());

        Cost five = measure(() -> fx.screening.pdfPack(small.id()));
        Cost more = measure(() -> fx.screening.pdfPack(twenty.id()));

        assertThat(more.statements()).as("pack of 20 (5: %s)", five.statements()).isEqualTo(five.statements());
    }

    @Test
    void theUsersGridCostsTheSameForTwoHundredMorePeopleAndReadsOnlyAPage() {
        long partnership = jdbc.queryForObject("select max(id) from partnership", Long.class) + 1;
        jdbc.update("insert into partnership (id, code, name) values (?, ?, ?)", partnership, "P" + partnership,
                "Counting Partnership " + partnership);
        String admin = fx.newStaff("Counting Admin", partnership, org.communitychest.security.Role.ADMIN);
        fx.newStaff("Counting Officer", partnership, org.communitychest.security.Role.OFFICER);
        loginAs(admin, ApplicationFixtures.PASSWORD);
        openUsers(2);
        navigate("funding");
        Cost two = measure(() -> openUsers(2));
        insertPeople(partnership, 200);
        navigate("funding");

        Cost many = measure(() -> openUsers(50));

        assertThat(many.statements()).as("users grid of 202 (2: %s)", two.statements()).isEqualTo(two.statements());
        assertThat(many.entitiesLoaded()).as("accounts read: the first page, for the browser and for the test")
                .isLessThanOrEqualTo(2L * PAGE + two.entitiesLoaded());
    }

    /** A new view at {@code location}: navigating to the route already shown would keep the old one. */
    private static void openAfresh(String location) {
        navigate("funding");
        navigate(location);
        MockVaadin.clientRoundtrip(false);
    }

    private Cost measureAfresh(String location) {
        navigate("funding");
        return measure(() -> {
            navigate(location);
            MockVaadin.clientRoundtrip(false);
        });
    }

    private void openUsers(int shown) {
        navigate("admin/users");
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<org.communitychest.security.UserSummary>) _get(
                com.vaadin.flow.component.grid.Grid.class);
        assertThat(GridKt._fetch(grid, 0, PAGE)).hasSize(shown).allSatisfy(u -> assertThat(u.roles()).isNotEmpty());
    }

    private void insertPeople(long partnership, int count) {
        var now = Timestamp.from(clock.instant());
        for (int i = 1; i <= count; i++) {
            String email = "counted." + i + "." + partnership + "@example.org";
            jdbc.update("insert into app_user (email, display_name, email_verified, enabled, partnership_id,"
                    + " created_at) values (?, ?, true, true, ?, ?)", email, "Counted Person " + i, partnership, now);
            jdbc.update("insert into user_role (user_id, role) select id, 'PANELLIST' from app_user where email = ?",
                    email);
        }
    }

    @Test
    void theFirstPageOfTheServiceCostsTheSameForAnySizeOfRound() {
        fx.signInAs(OFFICER);
        var need = new ApplicationFilter(null, big.priorities().getFirst().needCategoryId(), null, null);
        var text = new ApplicationFilter(null, null, null, "project number 4");
        for (var filter : List.of(ApplicationFilter.none(), need, text)) {
            firstPage(small, filter);
            firstPage(big, filter);
            var smallPage = new ArrayList<Slice<ApplicationRow>>();
            var bigPage = new ArrayList<Slice<ApplicationRow>>();
            Cost smallCost = measure(() -> smallPage.add(firstPage(small, filter)));
            Cost bigCost = measure(() -> bigPage.add(firstPage(big, filter)));

            assertThat(bigCost.statements()).as("%s: 5,000 against 5", filter).isEqualTo(smallCost.statements());
            assertThat(bigCost.gridRows()).as(filter.toString()).isLessThanOrEqualTo(PAGE + 1);
            assertThat(bigPage.getFirst().getContent()).hasSize(PAGE);
            assertThat(bigPage.getFirst().hasNext()).isTrue();
            assertThat(smallPage.getFirst().hasNext()).isFalse();
        }
        assertThat(fx.screening.count(big.id(), ApplicationFilter.none())).isEqualTo(5_000);
        assertThat(fx.screening.count(big.id(), text)).as("4, 40-49, 400-499, 4000-4999")
                .isEqualTo(IntStream.rangeClosed(1, 5_000).filter(i -> ("project number " + i)
                        .contains("project number 4")).count());
    }
}

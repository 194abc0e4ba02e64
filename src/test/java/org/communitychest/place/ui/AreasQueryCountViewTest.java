package org.communitychest.place.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.communitychest.KaribuTest;
import org.communitychest.place.AreaInfo;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's Areas page fetches a page of areas as the grid scrolls: it costs the same statements for
 * 500 areas as for 20 and reads no more than a page of them (ADR 0018).
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class AreasQueryCountViewTest extends KaribuTest {

    private static final String PAGE_QUERY = "new org.communitychest.place.AreaInfo";
    private static final String AREA_ENTITY = "org.communitychest.place.Area"; // not user text: entity name
    private static final int PAGE = 50;

    @Autowired
    EntityManagerFactory entityManagerFactory;
    Statistics statistics;

    @BeforeEach
    void setUp() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** What opening the page costs: statements, rows the page queries returned, area entities read. */
    record Cost(long statements, long pageRows, long areasLoaded) {
    }

    @Test
    void theAreasPageCostsTheSameFor500AreasAsFor20AndReadsOnlyAPage() {
        Cost twenty = openAreasOfAPartnershipWith(20);
        Cost fiveHundred = openAreasOfAPartnershipWith(500);

        assertThat(twenty.statements()).as("statements for 20").isPositive();
        assertThat(fiveHundred.statements()).as("statements for 500 (20: %s)", twenty.statements())
                .isEqualTo(twenty.statements());
        assertThat(fiveHundred.pageRows()).as("area rows read for 500: a page and one more, for the browser and for the test")
                .isPositive().isLessThanOrEqualTo(2L * (PAGE + 1));
        assertThat(fiveHundred.areasLoaded()).as("areas read as entities").isEqualTo(twenty.areasLoaded())
                .isZero();
    }

    private Cost openAreasOfAPartnershipWith(int count) {
        var tenant = newPartnershipWithAdmin();
        for (int i = 1; i <= count; i++) {
            jdbc.update("insert into area (partnership_id, area_type, code, name) values (?, 'WARD', ?, ?)",
                    tenant.id(), String.format("E05%06d", i), "Listed Ward " + i);
        }
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        openAreas();
        navigate("funding");

        statistics.clear();
        var shown = openAreas();
        long rows = Arrays.stream(statistics.getQueries()).filter(q -> q.contains(PAGE_QUERY))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionRowCount()).sum();
        var cost = new Cost(statistics.getPrepareStatementCount(), rows,
                statistics.getEntityStatistics(AREA_ENTITY).getLoadCount());

        assertThat(shown).hasSize(Math.min(count, PAGE)).first().extracting(AreaInfo::name)
                .isEqualTo("Listed Ward 1");
        return cost;
    }

    /** Opens the page as the browser would and has the grid fetch its first page. */
    private static java.util.List<AreaInfo> openAreas() {
        navigate("admin/areas");
        MockVaadin.clientRoundtrip(false);
        var view = (AreasView) currentView();
        return GridKt._fetch(view.grid, 0, PAGE);
    }
}

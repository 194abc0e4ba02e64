package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.London;
import org.communitychest.place.AreaInfo;
import org.communitychest.rounds.RoundForm;
import org.communitychest.security.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Each autosave of "Who it helps" checks the chosen areas with one count, not by reading every area of the
 * partnership: it costs the same statements and reads the same rows for 300 areas as for 20 (ADR 0018).
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class WhoItHelpsQueryCountViewTest extends KaribuTest {

    private static final String AREA_ENTITY = "org.communitychest.place.Area"; // not user text: entity name

    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    ApplicationFixtures fx;
    Statistics statistics;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** What one autosave costs: SQL statements, entities read, and of those areas. */
    record Cost(long statements, long entitiesLoaded, long areasLoaded) {
    }

    @Test
    void savingTheAreasChosenCostsTheSameForAPartnershipOf300AreasAsForOneOf20() {
        Cost twenty = secondAutosaveOfAreas(20);
        Cost threeHundred = secondAutosaveOfAreas(300);

        assertThat(twenty.statements()).as("statements for 20 areas").isPositive();
        assertThat(threeHundred.statements()).as("statements for 300 areas (20: %s)", twenty.statements())
                .isEqualTo(twenty.statements());
        assertThat(threeHundred.entitiesLoaded()).as("entities read for 300 areas (20: %s)", twenty.entitiesLoaded())
                .isEqualTo(twenty.entitiesLoaded());
        assertThat(threeHundred.areasLoaded()).as("areas read for 300 areas (20: %s)", twenty.areasLoaded())
                .isEqualTo(twenty.areasLoaded()).isLessThanOrEqualTo(3);
    }

    /**
     * Opens a draft's "Who it helps" page in a new partnership of {@code areaCount} wards, chooses one area (the
     * first save), and measures choosing three (the second): the section page itself lists every area once.
     */
    private Cost secondAutosaveOfAreas(int areaCount) {
        var tenant = newPartnershipWithAdmin();
        for (int i = 1; i <= areaCount; i++) {
            jdbc.update("insert into area (partnership_id, area_type, code, name) values (?, 'WARD', ?, ?)",
                    tenant.id(), String.format("E05%06d", i), "Counted Ward " + i);
        }
        long id = draftIn(tenant.id());
        var wards = fx.wards(tenant.id());
        assertThat(wards).hasSize(areaCount);
        navigate(ApplicationsNavigation.section(id, Section.WHO));
        var who = (WhoSection) _get(SectionView.class).editor;
        _setValue(who.areas, new HashSet<>(wards.subList(0, 1)));

        statistics.clear();
        _setValue(who.areas, new HashSet<>(wards.subList(0, 3)));
        var cost = new Cost(statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                statistics.getEntityStatistics(AREA_ENTITY).getLoadCount());

        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at");
        assertThat(jdbc.queryForList("select area_id from application_area where application_id = ?", Long.class,
                id)).containsExactlyInAnyOrderElementsOf(wards.subList(0, 3).stream().map(AreaInfo::id).toList());
        return cost;
    }

    /** A short draft in a round of the partnership, and its group's member signed in on the page. */
    private long draftIn(long partnershipId) {
        String officer = fx.newStaff("Counting Officer", partnershipId, Role.OFFICER);
        var now = London.toLocal(clock.instant()).withNano(0);
        var form = fx.roundForm("Counted areas " + UUID.randomUUID(), now.minusDays(1), now.plusDays(30));
        var priority = new RoundForm.PriorityRef(fx.needs(partnershipId).getFirst().id(),
                fx.wards(partnershipId).getFirst().id());
        var ownForm = new RoundForm(form.title(), form.description(), form.pot(), form.minGrant(), form.maxGrant(),
                form.shortFormThreshold(), form.opensAt(), form.closesAt(), form.projectEndLimit(), form.scale(),
                form.eligibility(), form.criteria(), List.of(priority), form.requiredDocuments());
        var round = fx.as(officer, () -> fx.rounds.publish(fx.rounds.create(ownForm).id()));
        String member = fx.newApplicant("Counting Applicant");
        long group = fx.newGroup(member, "Counting Group " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.start(round, group, FormType.SHORT));
        loginAs(member, ApplicationFixtures.PASSWORD);
        return id;
    }
}

package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapImportState;
import org.communitychest.gaps.GapImports;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.place.Partnerships;
import org.communitychest.security.Role;
import org.springframework.context.ApplicationContext;

/**
 * A partnership of its own for the tests of rounds aimed at referral gaps: five wards (Ward A to Ward E, IMD
 * deciles 1 to 5), an administrator and an officer, and gap figures imported as the officer would.
 */
public final class GapRounds {

    /** The quarter the tests' figures are for. */
    public static final LocalDate QUARTER = LocalDate.of(2026, 4, 1);
    public static final GapPeriod PERIOD = new GapPeriod(QUARTER, QUARTER.plusMonths(3).minusDays(1));

    public record Tenant(long id, String admin, String officer, List<AreaInfo> wards, List<NeedCategoryInfo> needs) {

        public AreaInfo ward(String name) {
            return wards.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
        }

        public NeedCategoryInfo need(String code) {
            return needs.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
        }
    }

    private final ApplicationFixtures fx;
    private final Partnerships partnerships;
    private final Areas areas;
    private final GapImports imports;

    public GapRounds(ApplicationContext context) {
        fx = new ApplicationFixtures(context);
        partnerships = context.getBean(Partnerships.class);
        areas = context.getBean(Areas.class);
        imports = context.getBean(GapImports.class);
    }

    public Tenant tenant() {
        return tenant(5);
    }

    /** A tenant with {@code wardCount} wards (at most 26): Ward A, Ward B and on, IMD deciles 1 to 10 in turn. */
    public Tenant tenant(int wardCount) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long id = SystemActor.callAsSystem(() -> partnerships.create("G" + suffix, "Gap Partnership " + suffix))
                .id();
        String admin = fx.newStaff("Gap Admin", id, Role.ADMIN);
        String officer = fx.newStaff("Gap Officer", id, Role.OFFICER);
        String csv = "area_type,area_code,name,parent_code,imd_decile\n" + String.join("\n",
                java.util.stream.IntStream.range(0, wardCount).mapToObj(i -> "WARD,E059%05d,Ward %c,,%d"
                        .formatted(i + 1, (char) ('A' + i), 1 + i % 10)).toList());
        var result = fx.as(admin, () -> areas.importCsv(new ByteArrayInputStream(csv.getBytes(
                StandardCharsets.UTF_8))));
        assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
        return new Tenant(id, admin, officer, fx.wards(id), fx.needs(id));
    }

    /** A row of {@link #QUARTER}: {@code counts} are received, connected, unmet, waiting, median wait. */
    public static String row(Tenant t, String ward, String need, String counts) {
        return GapFiles.row(PERIOD.start(), PERIOD.end(), t.ward(ward), need, counts);
    }

    /** Imports the rows as the tenant's officer and waits until they are saved. */
    public void importGaps(Tenant t, List<String> rows) {
        var status = fx.as(t.officer(), () -> GapFiles.importToTheEnd(imports, "gaps-" + UUID.randomUUID()
                + ".csv", GapFiles.HEADER + "\n" + String.join("\n", rows) + "\n"));
        assertThat(status.state()).as("%s", status).isEqualTo(GapImportState.DONE);
    }

    /** A published round of the tenant, open since yesterday, aimed at these priorities. */
    public RoundDetails openRound(Tenant t, List<RoundForm.PriorityRef> priorities) {
        var now = London.toLocal(fx.clock.instant()).withNano(0);
        var form = fx.roundForm("Gap round " + UUID.randomUUID(), now.minusDays(1), now.plusDays(30));
        var aimed = new RoundForm(form.title(), form.description(), form.pot(), form.minGrant(), form.maxGrant(),
                form.shortFormThreshold(), form.opensAt(), form.closesAt(), form.projectEndLimit(), form.scale(),
                form.eligibility(), form.criteria(), priorities, form.requiredDocuments());
        return fx.as(t.officer(), () -> fx.rounds.publish(fx.rounds.create(aimed).id()));
    }

    /** A priority with figures of {@link #PERIOD}: {@code null} counts are suppressed. */
    public static RoundForm.PriorityRef priority(Tenant t, String need, String ward, Integer received,
            Integer unmet, Integer waiting, boolean shown) {
        return new RoundForm.PriorityRef(t.need(need).id(), t.ward(ward).id(),
                new PriorityFigures(PERIOD, received, unmet, waiting), shown);
    }
}

package org.communitychest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.communitychest.base.SystemActor;
import org.communitychest.place.AreaMaps;
import org.communitychest.place.Areas;
import org.communitychest.place.PartnershipInfo;
import org.communitychest.place.Partnerships;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a believable Tower Hamlets partnership on first start of the embedded database. Off unless
 * {@code chest.demo-data.enabled=true}, which only the default profile sets.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "chest.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "chest-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Partnerships partnerships;
    private final Areas areas;
    private final DemoAccounts accounts;
    private final DemoRound demoRound;
    private final DemoPanels demoPanels;
    private final TransactionTemplate transactions;
    private final DemoGaps gaps;
    private final AreaMaps areaMaps;

    DemoData(Partnerships partnerships, Areas areas, DemoAccounts accounts, DemoRound demoRound,
            DemoPanels demoPanels, TransactionTemplate transactions, DemoGaps gaps, AreaMaps areaMaps) {
        this.partnerships = partnerships;
        this.areas = areas;
        this.areaMaps = areaMaps;
        this.accounts = accounts;
        this.demoRound = demoRound;
        this.demoPanels = demoPanels;
        this.transactions = transactions;
        this.gaps = gaps;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partnerships.findByCode("THT").isEmpty()) {
            SystemActor.runAs(null, () -> transactions.executeWithoutResult(status -> seed()), SystemActor.ROLE);
            gaps.seed(partnerships.findByCode("THT").orElseThrow().id());
        }
    }

    private void seed() {
        log.info("Seeding demo data: Tower Hamlets Together");
        PartnershipInfo tht = partnerships.create("THT", "Tower Hamlets Together");
        try (InputStream wards = new ClassPathResource("demo/tower-hamlets-wards.csv").getInputStream()) {
            var result = SystemActor.callAs(tht.id(), () -> areas.importCsv(wards), "ADMIN");
            if (!result.succeeded()) {
                throw new IllegalStateException("Demo wards did not import: " + result.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seedMap(tht.id());
        long amina = accounts.create("applicant@example.org", "Amina Begum", null, Set.of(Role.APPLICANT), PASSWORD);
        long tom = accounts.create("panellist@example.org", "Tom Hughes", tht.id(), Set.of(Role.PANELLIST), PASSWORD);
        long officer = accounts.create("officer@example.org", "Priya Shah", tht.id(), Set.of(Role.OFFICER), PASSWORD);
        accounts.create("admin@example.org", "Daniel Okafor", tht.id(), Set.of(Role.ADMIN), PASSWORD);
        long kwame = accounts.create("kwame@example.org", "Kwame Mensah", null, Set.of(Role.APPLICANT), PASSWORD);
        long rosa = accounts.create("rosa@example.org", "Rosa Martínez", null, Set.of(Role.APPLICANT), PASSWORD);
        demoRound.seed(tht.id(), officer, new DemoRound.Applicant(amina, "applicant@example.org"),
                new DemoRound.Applicant(kwame, "kwame@example.org"), new DemoRound.Applicant(rosa, "rosa@example.org"));
        demoPanels.seed(tht.id(), officer, tom);
    }

    /**
     * A hex map of the wards, made by hand for the demo (not from any published layout): each ward's hexagon sits
     * roughly where the ward is, Spitalfields and Whitechapel in the west, Bow in the north-east, the Isle of Dogs
     * at the bottom.
     */
    private void seedMap(long partnershipId) {
        byte[] layout;
        try (InputStream in = new ClassPathResource("demo/tower-hamlets-wards.hexjson").getInputStream()) {
            layout = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var result = SystemActor.callAs(partnershipId,
                () -> areaMaps.uploadHexJson("tower-hamlets-wards.hexjson", layout), "ADMIN");
        if (!result.succeeded() || !result.warnings().isEmpty()) {
            throw new IllegalStateException("Demo hex map did not load: " + result.problem() + result.warnings());
        }
    }
}

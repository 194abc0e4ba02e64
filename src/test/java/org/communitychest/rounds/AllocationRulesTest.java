package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.base.i18n.English;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.communitychest.rounds.AllocationRules.SmallGroupShare;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A round's allocation rules: saved with the round, each bad value refused on its field with nothing saved, audited,
 * and fixed once scoring opens.
 */
class AllocationRulesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    ApplicationFixtures fx;
    RoundDetails round;
    List<AreaInfo> wards;
    List<NeedCategoryInfo> needs;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        round = fx.publishedRound("Rules round " + UUID.randomUUID(), now.plusDays(1), now.plusDays(20));
        wards = fx.wards(thtId());
        needs = fx.needs(thtId());
    }

    static RoundForm formOf(RoundDetails r) {
        return RoundForms.of(r);
    }

    private static RoundForm withDescription(RoundForm f, String description) {
        return new RoundForm(f.title(), description, f.pot(), f.minGrant(), f.maxGrant(), f.shortFormThreshold(),
                f.opensAt(), f.closesAt(), f.projectEndLimit(), f.scale(), f.eligibility(), f.criteria(),
                f.priorities(), f.requiredDocuments());
    }

    private RoundDetails officerGet() {
        return fx.as(OFFICER, () -> rounds.get(round.id()));
    }

    private AllocationRules someRules() {
        return new AllocationRules(List.of(new MinimumShare(ShareOf.AREA, wards.get(0).id(), 30),
                new MinimumShare(ShareOf.NEED, needs.get(0).id(), 40),
                new MinimumShare(ShareOf.AREA, wards.get(1).id(), 20)), true,
                new SmallGroupShare(15, IncomeBand.FROM_10K_TO_50K), 1, 60);
    }

    private int rulesAudits() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'ROUND_ALLOCATION_RULES_CHANGED'"
                + " and subject_id = ?", Integer.class, String.valueOf(round.id()));
    }

    private Map<String, String> refused(RoundForm form, AllocationRules rules) {
        var before = officerGet();
        var errors = new java.util.LinkedHashMap<String, String>();
        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.update(round.id(), before.version(), form, rules)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> e.fieldErrors()
                        .forEach((field, message) -> errors.put(field, English.of(message))));
        assertThat(officerGet()).as("nothing saved").isEqualTo(before);
        return errors;
    }

    @Test
    void theRulesAreSavedWithTheRoundReadBackWithTheirNamesAndAudited() {
        var saved = fx.as(OFFICER, () -> rounds.update(round.id(), round.version(), formOf(round), someRules()));

        var rules = saved.allocationRules();
        assertThat(rules.minimumShares()).extracting(MinimumShare::kind, MinimumShare::targetId, MinimumShare::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ShareOf.AREA, wards.get(0).id(), 30),
                        org.assertj.core.groups.Tuple.tuple(ShareOf.NEED, needs.get(0).id(), 40),
                        org.assertj.core.groups.Tuple.tuple(ShareOf.AREA, wards.get(1).id(), 20));
        assertThat(rules.minimumShares().stream().map(s -> English.of(s.targetName())).toList()).containsExactly(
                wards.get(0).name(), English.of(needs.get(0).name()), wards.get(1).name());
        assertThat(rules.oneGrantPerOrganisation()).isTrue();
        assertThat(rules.smallGroupShare()).isEqualTo(new SmallGroupShare(15, IncomeBand.FROM_10K_TO_50K));
        assertThat(rules.minimumPriorityGapsCovered()).isOne();
        assertThat(rules.partialAwardMinimumPercent()).isEqualTo(60);
        assertThat(officerGet().allocationRules()).isEqualTo(rules);
        assertThat(rounds.published(round.id()).allocationRules()).as("public").isEqualTo(rules);
        assertThat(rulesAudits()).isOne();
        assertThat(jdbc.queryForObject("select after_value from audit_entry where action ="
                + " 'ROUND_ALLOCATION_RULES_CHANGED' and subject_id = ?", String.class, String.valueOf(round.id())))
                .isEqualTo("shares=AREA:%d:30,NEED:%d:40,AREA:%d:20;onePerOrganisation=true;".formatted(
                        wards.get(0).id(), needs.get(0).id(), wards.get(1).id())
                        + "smallGroups=15:FROM_10K_TO_50K;priorityGapsCovered=1;partialAwardsFrom=60");

        var described = fx.as(OFFICER, () -> rounds.update(round.id(), saved.version(),
                withDescription(formOf(saved), "Now with rules.")));
        assertThat(described.allocationRules()).as("a change without rules keeps them").isEqualTo(rules);
        assertThat(rulesAudits()).isOne();

        var fewer = new AllocationRules(rules.minimumShares().subList(0, 1), false, null, 0, 0);
        var changed = fx.as(OFFICER, () -> rounds.update(round.id(), described.version(), formOf(described), fewer));
        assertThat(changed.allocationRules().minimumShares()).hasSize(1);
        assertThat(changed.allocationRules().smallGroups()).isEmpty();
        assertThat(changed.allocationRules().partialAwards()).isFalse();
        assertThat(rulesAudits()).isEqualTo(2);
    }

    @Test
    void aNewRoundMayComeWithItsRules() {
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        var created = fx.as(OFFICER, () -> rounds.create(fx.roundForm("New with rules " + UUID.randomUUID(),
                now.plusDays(2), now.plusDays(9)), someRules()));
        assertThat(created.allocationRules().minimumShares()).hasSize(3);
        assertThat(created.allocationRules().oneGrantPerOrganisation()).isTrue();
        var plain = fx.as(OFFICER, () -> rounds.create(fx.roundForm("New without rules " + UUID.randomUUID(),
                now.plusDays(2), now.plusDays(9))));
        assertThat(plain.allocationRules()).isEqualTo(AllocationRules.NONE);
    }

    @Test
    void eachBadValueIsRefusedOnItsFieldAndNothingIsSaved() {
        long ward = wards.get(0).id();
        var bad = new AllocationRules(List.of(new MinimumShare(ShareOf.AREA, ward, 0),
                new MinimumShare(ShareOf.AREA, null, null, 10),
                new MinimumShare(ShareOf.AREA, 999_999_999L, 10),
                new MinimumShare(ShareOf.AREA, ward, 95),
                new MinimumShare(ShareOf.NEED, needs.get(0).id(), 101),
                new MinimumShare(null, null, null, 5)), false,
                new SmallGroupShare(0, null), 2, 101);

        assertThat(refused(formOf(round), bad)).containsExactly(
                Map.entry("minimumShares.0.percent", "Enter the share as a whole number from 1 to 100"),
                Map.entry("minimumShares.1.target", "Choose the area or need this share is for"),
                Map.entry("minimumShares.2.target", "Choose an area or need of your partnership"),
                Map.entry("minimumShares.3.target", "This area or need already has a share; give each one share only"),
                Map.entry("minimumShares.4.percent", "Enter the share as a whole number from 1 to 100"),
                Map.entry("minimumShares.5.target", "Choose the area or need this share is for"),
                Map.entry("minimumShares", "The shares for areas add up to 115%; together they may be at most 100%"),
                Map.entry("smallGroupPercent", "Enter the share for small groups as a whole number from 1 to 100, or"
                        + " leave both small-group fields empty for none"),
                Map.entry("smallGroupBand", "Choose the income band at or under which a group counts as small"),
                Map.entry("minimumPriorityGapsCovered", "Enter a whole number from 0 (no such rule) to 1, the round's"
                        + " number of priority gaps"),
                Map.entry("partialAwardMinimumPercent", "Enter a percentage from 0 (no partial awards) to 100"));

        var needsOver = new AllocationRules(List.of(new MinimumShare(ShareOf.NEED, needs.get(0).id(), 60),
                new MinimumShare(ShareOf.NEED, needs.get(1).id(), 41)), false,
                new SmallGroupShare(10, IncomeBand.OVER_250K), -1, -1);
        assertThat(refused(formOf(round), needsOver)).containsOnlyKeys("minimumShares", "smallGroupBand",
                "minimumPriorityGapsCovered", "partialAwardMinimumPercent")
                .containsEntry("minimumShares", "The shares for needs add up to 101%; together they may be at most"
                        + " 100%")
                .containsEntry("smallGroupBand", "Choose a lower band: with the top one, every group would count as"
                        + " small");

        var withoutPriorities = new RoundForm(round.title(), round.description(), round.pot(), round.minGrant(),
                round.maxGrant(), round.shortFormThreshold(), London.toLocal(round.opensAt()),
                London.toLocal(round.closesAt()), round.projectEndLimit(), round.scale(), round.eligibility(),
                round.criteria(), List.of(), List.of("Governing document", "Safeguarding policy"));
        assertThat(refused(withoutPriorities, new AllocationRules(List.of(), false, null, 1, 0)))
                .as("counted against the priorities sent with it").containsOnlyKeys("minimumPriorityGapsCovered");
        assertThat(rulesAudits()).isZero();
    }

    @Test
    void theRulesAreFixedOnceScoringOpensAndTheRestOfTheRoundMayStillChange() {
        var ruled = fx.as(OFFICER, () -> rounds.update(round.id(), round.version(), formOf(round), someRules()));
        clock.freezeAt(ruled.closesAt().plus(Duration.ofMinutes(5)));
        SystemActor.callAsSystem(rounds::closeDueRounds);
        var scoring = fx.as(OFFICER, () -> rounds.openScoring(round.id(), clock.instant().plus(Duration.ofDays(7))));
        assertThat(scoring.allocationRulesFrozen()).isTrue();

        var changed = new AllocationRules(someRules().minimumShares(), false, null, 0, 0);
        assertThat(refused(formOf(scoring), changed)).containsExactly(Map.entry("allocationRules", "The allocation"
                + " rules cannot change now: scoring has opened, and the panel shares out the money by the rules"
                + " published before it."));
        assertThat(refused(formOf(scoring), AllocationRules.NONE)).containsOnlyKeys("allocationRules");

        var described = fx.as(OFFICER, () -> rounds.update(round.id(), scoring.version(),
                withDescription(formOf(scoring), "Scoring now."), scoring.allocationRules()));
        assertThat(described.description()).isEqualTo("Scoring now.");
        var again = fx.as(OFFICER, () -> rounds.update(round.id(), described.version(),
                withDescription(formOf(described), "Scoring now, still.")));
        assertThat(again.allocationRules()).isEqualTo(ruled.allocationRules());
        assertThat(rulesAudits()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from round_minimum_share where round_id = ?", Integer.class,
                round.id())).isEqualTo(3);
    }
}

package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.communitychest.rounds.AllocationRules.SmallGroupShare;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForms;
import org.communitychest.rounds.Rounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The round editor's allocation rules: set and saved with the round, bad values marked, read-only once scoring opens. */
class RoundEditorAllocationViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    ApplicationFixtures fx;
    RoundDetails round;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        round = fx.publishedRound("Allocation round " + UUID.randomUUID(), now.plusDays(1), now.plusDays(10));
    }

    private RoundDetails saved() {
        return fx.as(OFFICER, () -> rounds.get(round.id()));
    }

    private AllocationRulesEditor open() {
        loginAs(OFFICER);
        navigate(RoundsNavigation.edit(round.id()));
        return _get(RoundEditorView.class).allocation;
    }

    private static MinimumShareRow share(AllocationRulesEditor rules, int index) {
        return (MinimumShareRow) rules.shareRows.getComponentAt(index);
    }

    @Test
    void theOfficerSetsTheRulesAndSavesThemTwiceOnTheSamePage() {
        var rules = open();
        var view = _get(RoundEditorView.class);
        assertThat(rules.frozenNote.isVisible()).isFalse();
        assertThat(rules.partialAward.getValue()).isZero();

        _click(rules.addShare);
        var first = share(rules, 0);
        assertThat(first.kind.getValue()).isEqualTo(ShareOf.AREA);
        var ward = first.target.getListDataView().getItem(0);
        _setValue(first.target, ward);
        _setValue(first.percent, 25);
        _setValue(rules.oneGrantPerOrganisation, true);
        _setValue(rules.smallGroupPercent, 10);
        _setValue(rules.smallGroupBand, IncomeBand.UNDER_10K);
        _setValue(rules.minimumPriorityGaps, 1);
        _setValue(rules.partialAward, 50);
        _click(view.save);

        assertThat(view.alertText()).isEmpty();
        assertThat(notificationTexts()).contains("Round saved");
        var once = saved().allocationRules();
        assertThat(once.minimumShares()).extracting(MinimumShare::targetId, MinimumShare::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ward.id(), 25));
        assertThat(once.oneGrantPerOrganisation()).isTrue();
        assertThat(once.smallGroupShare()).isEqualTo(new SmallGroupShare(10, IncomeBand.UNDER_10K));
        assertThat(once.minimumPriorityGapsCovered()).isOne();
        assertThat(once.partialAwardMinimumPercent()).isEqualTo(50);

        // Again on the same page: one more share, a new percentage, small groups no more
        _click(rules.addShare);
        var second = share(rules, 1);
        _setValue(second.kind, ShareOf.NEED);
        var need = second.target.getListDataView().getItem(0);
        _setValue(second.target, need);
        _setValue(second.percent, 30);
        _setValue(share(rules, 0).percent, 35);
        _setValue(rules.smallGroupPercent, null);
        _setValue(rules.smallGroupBand, null);
        _click(view.save);

        assertThat(view.alertText()).as("no false conflict the second time").isEmpty();
        var twice = saved().allocationRules();
        assertThat(twice.minimumShares()).extracting(MinimumShare::kind, MinimumShare::targetId, MinimumShare::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ShareOf.AREA, ward.id(), 35),
                        org.assertj.core.groups.Tuple.tuple(ShareOf.NEED, need.id(), 30));
        assertThat(twice.smallGroups()).isEmpty();
        assertThat(rules.shareRows.getComponentCount()).as("the rows as saved, once each").isEqualTo(2);
        assertThat(share(rules, 1).target.getValue()).isEqualTo(need);

        _click(share(rules, 0).remove);
        _click(view.save);
        assertThat(saved().allocationRules().minimumShares()).extracting(MinimumShare::targetId)
                .containsExactly(need.id());
    }

    @Test
    void badValuesAreMarkedBesideTheirFieldsEveryTimeAndNothingIsSaved() {
        var rules = open();
        var view = _get(RoundEditorView.class);
        _click(rules.addShare);
        _click(rules.addShare);
        var area = share(rules, 1);
        _setValue(area.target, area.target.getListDataView().getItem(0));
        _setValue(area.percent, 100);
        _setValue(rules.smallGroupPercent, 10);
        _setValue(rules.minimumPriorityGaps, 5);
        _setValue(rules.partialAward, 120);
        long version = saved().version();

        for (int attempt = 1; attempt <= 2; attempt++) {
            _click(view.save);
            var empty = share(rules, 0);
            assertThat(empty.target.isInvalid()).as("attempt %d", attempt).isTrue();
            assertThat(empty.target.getErrorMessage()).isEqualTo("Choose the area or need this share is for");
            assertThat(empty.percent.getErrorMessage()).isEqualTo("Enter the share as a whole number from 1 to 100");
            assertThat(area.target.isInvalid()).isFalse();
            assertThat(area.percent.isInvalid()).isFalse();
            assertThat(rules.smallGroupBand.getErrorMessage())
                    .isEqualTo("Choose the income band at or under which a group counts as small");
            assertThat(rules.smallGroupPercent.isInvalid()).isFalse();
            assertThat(rules.minimumPriorityGaps.getErrorMessage()).isEqualTo("Enter a whole number from 0 (no such"
                    + " rule) to 1, the round's number of priority gaps");
            assertThat(rules.partialAward.getErrorMessage())
                    .isEqualTo("Enter a percentage from 0 (no partial awards) to 100");
            assertThat(view.alertText()).startsWith("Nothing was saved.");
            assertThat(saved().version()).isEqualTo(version);
            assertThat(saved().allocationRules()).isEqualTo(AllocationRules.NONE);
        }

        // Fixed one by one; the shares for areas then add up to more than the pot
        var first = share(rules, 0);
        _setValue(first.target, first.target.getListDataView().getItem(1));
        _setValue(first.percent, 20);
        _setValue(rules.smallGroupBand, IncomeBand.FROM_10K_TO_50K);
        _setValue(rules.minimumPriorityGaps, 0);
        _setValue(rules.partialAward, 0);
        _click(view.save);
        assertThat(rules.sharesError.isVisible()).isTrue();
        assertThat(rules.sharesError.getText())
                .isEqualTo("The shares for areas add up to 120%; together they may be at most 100%");
        assertThat(first.target.isInvalid()).isFalse();
        assertThat(rules.partialAward.isInvalid()).isFalse();
        assertThat(saved().version()).isEqualTo(version);

        _setValue(area.percent, 80);
        _click(view.save);
        assertThat(view.alertText()).isEmpty();
        assertThat(rules.sharesError.isVisible()).isFalse();
        assertThat(saved().allocationRules().minimumShares()).extracting(MinimumShare::percent).containsExactly(20, 80);
    }

    @Test
    void onceScoringHasOpenedTheRulesAreShownReadOnlyWithTheReason() {
        var ward = fx.wards(thtId()).getFirst();
        var set = fx.as(OFFICER, () -> rounds.update(round.id(), round.version(), RoundForms.of(round),
                new AllocationRules(List.of(new MinimumShare(ShareOf.AREA, ward.id(), 40)), true, null, 0, 25)));
        clock.freezeAt(set.closesAt().plus(Duration.ofHours(1)));
        SystemActor.callAsSystem(rounds::closeDueRounds);
        fx.as(OFFICER, () -> rounds.openScoring(round.id(), clock.instant().plus(Duration.ofDays(5))));

        open();
        var rules = open();
        assertThat(rules.shareRows.getComponentCount()).as("opened twice, each share once").isOne();
        assertThat(rules.frozenNote.isVisible()).isTrue();
        assertThat(rules.frozenNote.getText()).isEqualTo("Scoring has opened, so these rules are fixed: the panel"
                + " shares out the money by the rules published before scoring.");
        var row = share(rules, 0);
        assertThat(row.target.getValue().name()).isEqualTo(ward.name());
        assertThat(List.of(row.kind.isReadOnly(), row.target.isReadOnly(), row.percent.isReadOnly(),
                rules.oneGrantPerOrganisation.isReadOnly(), rules.smallGroupPercent.isReadOnly(),
                rules.smallGroupBand.isReadOnly(), rules.minimumPriorityGaps.isReadOnly(),
                rules.partialAward.isReadOnly())).containsOnly(true);
        assertThat(row.remove.isVisible()).isFalse();
        assertThat(rules.addShare.isVisible()).isFalse();

        var view = _get(RoundEditorView.class);
        _setValue(view.description, "Scoring has started.");
        _click(view.save);
        assertThat(view.alertText()).as("the rest of the round still saves").isEmpty();
        assertThat(saved().description()).isEqualTo("Scoring has started.");
        assertThat(saved().allocationRules()).isEqualTo(set.allocationRules());
    }
}

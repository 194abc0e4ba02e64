package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communitychest.base.Money;
import org.junit.jupiter.api.Test;

/** The panel's decision on the application entity: only an eligible application takes one, and only once. */
class DecisionTransitionsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Money ASKED = Money.ofPounds(3_000);
    private static final long QUESTION = 7;

    private static Application draft() {
        var application = new Application(1, 2, 3, "Bow Neighbours", 4, FormType.FULL, Map.of(QUESTION, true), NOW);
        application.changeBudget(List.of(new BudgetLine("Hall hire", ASKED, null)), NOW);
        return application;
    }

    private static Application submitted() {
        var application = draft();
        application.submit("THT-2027-0001", "Bow Neighbours", NOW);
        return application;
    }

    private static Application eligible() {
        var application = submitted();
        application.screen(Map.of(QUESTION, new GateDecision(true, null)), NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
        return application;
    }

    @Test
    void anEligibleApplicationIsFundedWithItsWholeRequest() {
        var application = eligible();
        var later = NOW.plusSeconds(60);

        application.decide(ApplicationStatus.FUNDED, ASKED, null, later);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.FUNDED);
        assertThat(application.decision()).hasValue(new ApplicationDecision(ApplicationStatus.FUNDED, ASKED, ASKED,
                null, later));
        assertThat(application.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void aPartAwardIsMoreThanNothingAndLessThanTheRequest() {
        var application = eligible();
        application.decide(ApplicationStatus.PART_FUNDED, Money.ofPounds(1_800), "Fund the hall only.", NOW);

        var decision = application.decision().orElseThrow();
        assertThat(decision.outcome()).isEqualTo(ApplicationStatus.PART_FUNDED);
        assertThat(decision.awarded()).isEqualTo(Money.ofPounds(1_800));
        assertThat(decision.requested()).isEqualTo(ASKED);
        assertThat(decision.feedback()).isEqualTo("Fund the hall only.");
        for (var wrong : List.of(ASKED, Money.ZERO, Money.ofPounds(3_001))) {
            assertThatThrownBy(() -> eligible().decide(ApplicationStatus.PART_FUNDED, wrong, "x", NOW))
                    .as(wrong.toString()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theAmountMustFitTheOutcome() {
        assertThatThrownBy(() -> eligible().decide(ApplicationStatus.FUNDED, Money.ofPounds(2_999), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eligible().decide(ApplicationStatus.NOT_FUNDED, Money.ofPence(1), "No", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eligible().decide(ApplicationStatus.WITHDRAWN, Money.ZERO, "No", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eligible().decide(ApplicationStatus.FUNDED, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);

        var notFunded = eligible();
        notFunded.decide(ApplicationStatus.NOT_FUNDED, Money.ZERO, "Too few people in the gap.", NOW);
        assertThat(notFunded.getStatus()).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(notFunded.decision().orElseThrow().awarded()).isEqualTo(Money.ZERO);
    }

    @Test
    void onlyAnEligibleApplicationCanBeDecided() {
        var ineligible = submitted();
        ineligible.screen(Map.of(QUESTION, new GateDecision(false, "Not in the borough")), NOW);
        var withdrawn = submitted();
        withdrawn.withdraw(NOW);
        var decided = eligible();
        decided.decide(ApplicationStatus.FUNDED, ASKED, null, NOW);
        for (var application : List.of(draft(), submitted(), ineligible, withdrawn, decided)) {
            var before = application.getStatus();
            assertThatThrownBy(() -> application.decide(ApplicationStatus.NOT_FUNDED, Money.ZERO, "No", NOW))
                    .as(before.name()).isInstanceOf(IllegalStateException.class);
            assertThat(application.getStatus()).isEqualTo(before);
        }
    }

    @Test
    void aDecidedApplicationCanNeitherBeWithdrawnNorScreenedAgain() {
        var application = eligible();
        application.decide(ApplicationStatus.NOT_FUNDED, Money.ZERO, "Not this time.", NOW);

        assertThatThrownBy(() -> application.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> application.screen(Map.of(QUESTION, new GateDecision(true, null)), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NOT_FUNDED);
    }

    @Test
    void theDecidedStatusesAreDecisionsAndEndWithdrawing() {
        for (var status : ApplicationStatus.values()) {
            boolean decided = status == ApplicationStatus.FUNDED || status == ApplicationStatus.PART_FUNDED
                    || status == ApplicationStatus.NOT_FUNDED;
            assertThat(status.isDecided()).as(status.name()).isEqualTo(decided);
            if (decided) {
                assertThat(status.canWithdraw()).as(status.name()).isFalse();
            }
        }
        assertThat(ApplicationStatus.PART_FUNDED.cssName()).isEqualTo("part-funded");
        assertThat(eligible().decision()).isEmpty();
    }
}

package org.communitychest.panels.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.communitychest.base.Translations;
import org.communitychest.panels.calc.ConstraintCheck;
import org.communitychest.panels.calc.FundedBid;
import org.communitychest.panels.calc.FundingOutcome;
import org.communitychest.panels.calc.UnfundedBid;
import org.junit.jupiter.api.Test;

/** Every reason, solver and optimality the calculations can give has words on the allocation page. */
class AllocationWordsTest {

    private final Translations translations = new Translations(false);

    @Test
    void everyOutcomeOfTheCalculationsIsWorded() {
        var keys = Stream.of(
                Stream.of(UnfundedBid.Reason.values()).map(r -> "staff.panels.allocation.because." + key(r)),
                Stream.of(FundedBid.Reason.values()).map(r -> "staff.panels.allocation.funded-because." + key(r)),
                Stream.of(FundingOutcome.Solver.values()).map(r -> "staff.panels.allocation.solver." + key(r)),
                Stream.of(FundingOutcome.Optimality.values()).filter(o -> o != FundingOutcome.Optimality.NOT_CLAIMED)
                        .map(r -> "staff.panels.allocation.optimality." + key(r)),
                Stream.of(ConstraintCheck.Kind.values()).filter(k -> k == ConstraintCheck.Kind.ONE_PER_ORGANISATION)
                        .map(r -> "staff.panels.allocation.rule." + key(r) + ".met")).flatMap(s -> s).toList();
        assertThat(keys).allSatisfy(k -> assertThat(translations.has(k)).as(k).isTrue());
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

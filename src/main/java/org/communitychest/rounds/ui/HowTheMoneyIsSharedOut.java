package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.communitychest.rounds.RoundDetails;

/** The round page's plain account of its allocation rules and of the published tie order. */
class HowTheMoneyIsSharedOut extends Div {

    private static final String PAGE = "rounds.page.allocation.";

    HowTheMoneyIsSharedOut(RoundDetails round) {
        addClassName("cc-allocation-rules");
        var rules = round.allocationRules();
        var pot = round.pot();
        var list = new UnorderedList();
        for (var share : rules.minimumShares()) {
            list.add(item(share.kind() == ShareOf.AREA ? "area-share" : "need-share", share.percent(),
                    share.of(pot).toShortString(), Texts.of(share.targetName())));
        }
        if (rules.oneGrantPerOrganisation()) {
            list.add(item("one-per-group"));
        }
        rules.smallGroups().ifPresent(small -> list.add(item(
                small.atOrUnder().ordinal() == 0 ? "small-groups-lowest" : "small-groups", small.percent(),
                small.of(pot).toShortString(), Texts.of(small.atOrUnder().label()))));
        if (rules.minimumPriorityGapsCovered() > 0) {
            list.add(item("priority-gaps", rules.minimumPriorityGapsCovered()));
        }
        list.add(rules.partialAwards() ? item("partial", rules.partialAwardMinimumPercent())
                : item("whole-grants-only"));

        var ties = new OrderedList();
        for (var tieBreak : AllocationRules.TIE_ORDER) {
            String key = "tie." + tieBreak.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (tieBreak == AllocationRules.TieBreak.HIGHER_FIRST_CRITERION_SCORE && round.criteria().isEmpty()) {
                key += "-unnamed";
            }
            ties.add(round.criteria().isEmpty() ? item(key) : item(key, round.criteria().getFirst().title()));
        }
        add(new H2(text("title")), new Paragraph(text("intro", pot.toShortString())), list,
                new Paragraph(text("ties")), ties);
    }

    private ListItem item(String key, Object... args) {
        return new ListItem(text(key, args));
    }

    private String text(String key, Object... args) {
        return getTranslation(PAGE + key, args);
    }
}

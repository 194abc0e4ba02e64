package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.communitychest.base.Money;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.AllocationResult;
import org.communitychest.panels.calc.ConstraintCheck;
import org.communitychest.panels.calc.FundingOutcome;
import org.communitychest.rounds.AllocationRules;

/**
 * One way of sharing out the pot, in words and money: what it funds and why, the part award if any, the reason
 * for every bid it leaves out, and each of the round's rules with the figures that meet it or miss it.
 */
class OutcomeColumn extends Div {

    private final AllocationResult result;

    OutcomeColumn(String titleKey, FundingOutcome outcome, AllocationResult result) {
        this.result = result;
        addClassName("cc-card");
        add(new H2(getTranslation(titleKey)));
        add(new Paragraph(t("solver." + key(outcome.solver().name()))));
        if (outcome.optimality() != FundingOutcome.Optimality.NOT_CLAIMED) {
            add(new Paragraph(t("optimality." + key(outcome.optimality().name()))));
        }
        var totals = outcome.totals();
        add(new Paragraph(getTranslation("staff.panels.allocation.totals", money(totals.allocatedPence()),
                money(totals.potPence()), money(totals.moneyLeftPence()), totals.bidsFunded(),
                String.format(getLocale(), "%.1f", totals.scoreSum()))));

        add(new H3(t("funded")));
        var funded = new OrderedList();
        for (var f : outcome.funded()) {
            funded.add(new ListItem(getTranslation("staff.panels.allocation.funded-line", name(f.bidId()),
                    money(f.costPence()), t("funded-because." + key(f.reason().name()), f.rank()))));
        }
        add(funded);
        outcome.partialAward().ifPresent(p -> add(new Paragraph(p.offered()
                ? getTranslation("staff.panels.allocation.partial", name(p.bidId()), p.rank(),
                        money(p.availablePence()), money(p.requestPence()),
                        Math.round(p.fraction() * 100))
                : getTranslation("staff.panels.allocation.partial-too-small", name(p.bidId()), p.rank(),
                        money(p.availablePence()), money(p.requestPence()),
                        Math.round(p.minimumFraction() * 100)))));

        add(new H3(t("not-funded")));
        if (outcome.unfunded().isEmpty()) {
            add(new Paragraph(t("all-funded")));
        }
        var unfunded = new UnorderedList();
        for (var u : outcome.unfunded()) {
            unfunded.add(new ListItem(getTranslation("staff.panels.allocation.unfunded-line", name(u.bidId()),
                    getTranslation("staff.panels.allocation.because." + key(u.reason().name()), u.rank(),
                            money(u.moneyLeftPence()), money(u.costPence()), money(u.shortfallPence())))));
        }
        add(unfunded);

        add(new H3(t("rules")));
        var rules = new UnorderedList();
        long perOrganisationMissed = outcome.constraints().stream()
                .filter(c -> c.kind() == ConstraintCheck.Kind.ONE_PER_ORGANISATION && !c.met()).count();
        boolean perOrganisationRule = outcome.constraints().stream()
                .anyMatch(c -> c.kind() == ConstraintCheck.Kind.ONE_PER_ORGANISATION);
        for (var c : outcome.constraints()) {
            if (c.kind() != ConstraintCheck.Kind.ONE_PER_ORGANISATION) {
                rules.add(new ListItem(check(c)));
            }
        }
        if (perOrganisationRule) {
            rules.add(new ListItem(perOrganisationMissed == 0 ? t("rule.one-per-organisation.met")
                    : getTranslation("staff.panels.allocation.rule.one-per-organisation.missed",
                            perOrganisationMissed)));
        }
        add(rules);
        if (!outcome.setAside().isEmpty()) {
            var aside = new UnorderedList();
            outcome.setAside().forEach(c -> aside.add(new ListItem(check(c))));
            var warning = new Div(new Paragraph(t("set-aside")), aside);
            warning.addClassName("cc-alert");
            add(warning);
        }
    }

    private String check(ConstraintCheck c) {
        String met = t(c.met() ? "rule.met" : "rule.missed");
        String kind = key(c.kind().name());
        return switch (c.kind()) {
            case POT -> getTranslation("staff.panels.allocation.rule.pot", money(c.actual()), money(c.required()),
                    met);
            case AREA_SHARE, NEED_SHARE -> getTranslation("staff.panels.allocation.rule.share", target(c),
                    money(c.required()), money(c.actual()), met);
            case SMALL_GROUP_RESERVE -> getTranslation("staff.panels.allocation.rule.small-groups",
                    money(c.required()), money(c.actual()), met);
            case PRIORITY_GAPS -> getTranslation("staff.panels.allocation.rule.priority-gaps", c.required(),
                    c.actual(), met);
            case ONE_PER_ORGANISATION -> t("rule." + kind + ".met");
        };
    }

    private String target(ConstraintCheck c) {
        var kind = c.kind() == ConstraintCheck.Kind.AREA_SHARE ? AllocationRules.ShareOf.AREA
                : AllocationRules.ShareOf.NEED;
        return result.round().allocationRules().minimumShares().stream()
                .filter(s -> s.kind() == kind && s.targetId() != null && s.targetId() == c.groupId())
                .findFirst().map(s -> s.targetName() == null ? String.valueOf(c.groupId()) : Texts.of(s.targetName()))
                .orElse(String.valueOf(c.groupId()));
    }

    private String name(long bidId) {
        var bid = result.bid(bidId);
        return bid == null ? String.valueOf(bidId) : bid.reference() + " " + bid.projectTitle();
    }

    private static String money(long pence) {
        return Money.ofPence(pence).toShortString();
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String t(String key, Object... args) {
        return getTranslation("staff.panels.allocation." + key, args);
    }
}

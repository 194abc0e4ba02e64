package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.RoundDetails;

/**
 * A round as applicants see it: amounts, dates, priorities, criteria, how the money is shared out. Used by the public
 * page and the preview.
 */
class RoundPage extends VerticalLayout {

    /** {@code afterIntro} (the eligibility checker) comes straight after the description, before the details. */
    RoundPage(RoundDetails round, Instant now, com.vaadin.flow.component.Component afterIntro) {
        setPadding(false);
        add(new Span(round.partnershipName()), new H1(round.title()));
        var facts = new Div();
        facts.addClassName("cc-facts");
        facts.add(fact("rounds.page.grants", Texts.of(round.amountRange())),
                fact("rounds.page.pot", round.pot().toShortString()),
                fact("rounds.page.status", Texts.of(round.availability(now))),
                fact("rounds.page.finish-by", London.format(round.projectEndLimit())));
        add(facts);
        for (String paragraph : round.description().split("\\n\\s*\\n")) {
            add(new Paragraph(paragraph.strip()));
        }
        add(new Paragraph(getTranslation("rounds.page.short-form", round.shortFormThreshold().toShortString())));
        add(afterIntro);

        if (!round.priorities().isEmpty()) {
            add(new H2(getTranslation("rounds.page.priorities.title")));
            add(new Paragraph(getTranslation("rounds.page.priorities.intro")), priorities(round));
            if (round.priorities().stream().anyMatch(PriorityGap::reasonHasSuppressedCounts)) {
                add(new Paragraph(getTranslation("rounds.page.priorities.small-numbers")));
            }
        }

        add(new H2(getTranslation("rounds.page.scoring.title")));
        add(new Paragraph(getTranslation("rounds.page.scoring.intro", round.scale().lowest(),
                round.scale().highest())));
        for (Criterion c : round.criteria()) {
            var block = new Div(new H3(getTranslation("rounds.page.scoring.criterion", c.title(), c.weight())));
            block.addClassName("cc-criterion");
            if (!c.guidance().isBlank()) {
                block.add(new Paragraph(c.guidance()));
            }
            var levels = new UnorderedList();
            c.descriptors().forEach((score, text) -> levels.add(new ListItem(
                    getTranslation("rounds.page.scoring.level", score, text))));
            block.add(levels);
            add(block);
        }
        add(new HowTheMoneyIsSharedOut(round));
        if (!round.requiredDocuments().isEmpty()) {
            add(new H2(getTranslation("rounds.page.documents")));
            var docs = new UnorderedList();
            round.requiredDocuments().forEach(d -> docs.add(new ListItem(d.label())));
            add(docs);
        }
    }

    /** Each priority gap, and why it was chosen where the officer publishes its figures. */
    private UnorderedList priorities(RoundDetails round) {
        var list = new UnorderedList();
        list.addClassName("cc-priority-gaps");
        for (var priority : round.priorities()) {
            var label = new Span(Texts.of(priority.label()));
            label.addClassName("cc-priority-gap-label");
            var item = new ListItem(label);
            priority.reason().ifPresent(reason -> item.add(new Paragraph(Texts.of(reason))));
            list.add(item);
        }
        return list;
    }

    private Div fact(String labelKey, String value) {
        var term = new Span(getTranslation(labelKey));
        term.addClassName("cc-fact-label");
        var fact = new Div(term, new Span(value));
        fact.addClassName("cc-fact");
        return fact;
    }
}

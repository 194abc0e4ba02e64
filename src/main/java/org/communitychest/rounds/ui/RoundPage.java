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
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.RoundDetails;

/** A round as applicants see it: amounts, dates, priorities, criteria. Used by the public page and the preview. */
class RoundPage extends VerticalLayout {

    /** {@code afterIntro} (the eligibility checker) comes straight after the description, before the details. */
    RoundPage(RoundDetails round, Instant now, com.vaadin.flow.component.Component afterIntro) {
        setPadding(false);
        add(new Span(round.partnershipName()), new H1(round.title()));
        var facts = new Div();
        facts.addClassName("cc-facts");
        facts.add(fact("Grants", round.amountRange()), fact("Total pot", round.pot().toShortString()),
                fact("Status", round.availability(now)),
                fact("Projects must finish by", London.format(round.projectEndLimit())));
        add(facts);
        for (String paragraph : round.description().split("\\n\\s*\\n")) {
            add(new Paragraph(paragraph.strip()));
        }
        add(new Paragraph("Asking for less than " + round.shortFormThreshold().toShortString()
                + "? You get a short form: a summary of up to 300 words (or a short video or audio recording),"
                + " who it helps, up to five budget lines and the declarations."));
        add(afterIntro);

        if (!round.priorities().isEmpty()) {
            add(new H2("What this round especially wants to fund"));
            var list = new UnorderedList();
            round.priorities().forEach(p -> list.add(new ListItem(p.label())));
            add(new Paragraph("Social prescribers in these places could not find a local activity for people with"
                    + " these needs:"), list);
        }

        add(new H2("How bids are scored"));
        add(new Paragraph("A panel that includes local residents scores each bid from " + round.scale().lowest()
                + " to " + round.scale().highest() + " against these criteria:"));
        for (Criterion c : round.criteria()) {
            var block = new Div(new H3(c.title() + " (" + c.weight() + "%)"));
            block.addClassName("cc-criterion");
            if (!c.guidance().isBlank()) {
                block.add(new Paragraph(c.guidance()));
            }
            var levels = new UnorderedList();
            c.descriptors().forEach((score, text) -> levels.add(new ListItem(score + ": " + text)));
            block.add(levels);
            add(block);
        }
        if (!round.requiredDocuments().isEmpty()) {
            add(new H2("Documents you will need"));
            var docs = new UnorderedList();
            round.requiredDocuments().forEach(d -> docs.add(new ListItem(d.label())));
            add(docs);
        }
    }

    private static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("cc-fact-label");
        var fact = new Div(term, new Span(value));
        fact.addClassName("cc-fact");
        return fact;
    }
}

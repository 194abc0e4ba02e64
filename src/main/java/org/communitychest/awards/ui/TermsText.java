package org.communitychest.awards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.awards.Terms;
import org.communitychest.base.London;

/** A grant's terms in words: amount, dates and budget lines; beside the current terms, what each was before. */
class TermsText extends Div {

    TermsText(Terms terms, Terms current) {
        add(new Paragraph(line("amount", terms.amount().toString(),
                current == null ? null : current.amount().toString())));
        add(new Paragraph(line("dates", getTranslation("awards.terms-text.from-to", London.format(terms.startDate()),
                London.format(terms.endDate())), current == null ? null : getTranslation("awards.terms-text.from-to",
                London.format(current.startDate()), London.format(current.endDate())))));
        var budget = new UnorderedList();
        terms.budget().forEach(b -> budget.add(new ListItem(getTranslation("awards.terms-text.budget-line", b.item(),
                b.cost().toString()))));
        add(new Paragraph(getTranslation("awards.terms-text.budget")), budget);
        addClassName("cc-terms");
    }

    private String line(String what, String value, String before) {
        String text = getTranslation("awards.terms-text." + what, value);
        return before == null || before.equals(value) ? text
                : text + " " + getTranslation("awards.terms-text.was", before);
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.ui.Texts;

/** The round's priority gaps beside the applicant's answers: which of them the chosen needs and areas cover. */
class GapCoverage extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList gaps = new UnorderedList();

    GapCoverage() {
        addClassName("cc-gap-coverage");
        summary.getElement().setAttribute("aria-live", "polite"); // not user text: attribute value
        gaps.addClassName("cc-priority-gaps");
        add(new H2(getTranslation("apply.who.gaps.title")), new Paragraph(getTranslation("apply.who.gaps.intro")),
                summary, gaps);
    }

    void show(GapAlignment alignment) {
        summary.setText(Texts.of(alignment.applicantSummary()));
        gaps.removeAll();
        for (var gap : alignment.priorities()) {
            boolean covered = alignment.isCovered(gap);
            var label = new Span(Texts.of(gap.label()));
            label.addClassName("cc-priority-gap-label");
            var tag = new Span(getTranslation(covered ? "apply.who.gaps.yes" : "apply.who.gaps.no"));
            tag.addClassName("cc-tag");
            if (covered) {
                tag.addClassName("cc-tag-completed");
            }
            gaps.add(new ListItem(label, tag));
        }
    }
}

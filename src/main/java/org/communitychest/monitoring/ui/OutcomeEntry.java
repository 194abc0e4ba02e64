package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.communitychest.monitoring.ReportDetails;

/** The wellbeing part of a full report: answers per participant code, typed in or uploaded, and the results. */
@org.springframework.stereotype.Component
class OutcomeEntry {

    Component create(ReportDetails report) {
        var part = new Div();
        part.add(new Paragraph(part.getTranslation("monitoring.outcomes.intro")));
        return part;
    }
}

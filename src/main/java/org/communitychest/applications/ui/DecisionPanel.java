package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.communitychest.applications.ApplicationDecision;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;

/**
 * The panel's decision as the group reads it on the application's page: the outcome and the money, the panel's
 * feedback, and what happens next. Nothing of scores, ranks or who scored.
 */
class DecisionPanel extends Div {

    final Paragraph outcome = new Paragraph();
    final Paragraph feedback = new Paragraph();

    DecisionPanel(ApplicationDecision decision, String partnershipName) {
        addClassName("cc-card");
        addClassName("cc-decision");
        outcome.setText(Texts.of(decision.summary()));
        outcome.addClassName("cc-decision-outcome");
        add(outcome, new Paragraph(getTranslation("apply.decision.released", London.format(decision.releasedAt()))));
        if (decision.hasFeedback()) {
            feedback.setText(decision.feedback());
            feedback.addClassName("cc-feedback");
            add(new H2(getTranslation("apply.decision.feedback")), feedback);
        }
        add(new Paragraph(getTranslation(decision.outcome() == ApplicationStatus.NOT_FUNDED
                ? "apply.decision.apply-again" : "apply.decision.next-steps", partnershipName)));
    }
}

package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.outcomes.MeasureResult;
import org.communitychest.monitoring.outcomes.OutcomeResults;
import org.communitychest.monitoring.outcomes.Swemwbs;

/**
 * What the answers show, measure by measure: matched pairs, the mean change with its 95 % confidence interval and,
 * for SWEMWBS, the share who rose by 3 or more; "too few to report" under 5 pairs. Carries SWEMWBS's copyright line.
 */
class OutcomeResultsCard extends Div {

    OutcomeResultsCard(String heading, OutcomeResults results) {
        addClassNames("cc-card", "cc-outcome-results");
        add(new H2(heading));
        var list = new DescriptionList();
        for (var result : results.measures()) {
            String text = result instanceof MeasureResult.Reported reported ? reported(reported)
                    : Texts.of(MeasureResult.TOO_FEW_TO_REPORT);
            if (result.lowerIsBetter() && !result.tooFewToReport()) {
                text += " " + Texts.of(MeasureResult.A_FALL_IS_AN_IMPROVEMENT);
            }
            list.add(new DescriptionList.Term(Texts.of(result.measure().label())),
                    new DescriptionList.Description(text));
        }
        var copyright = new Paragraph(Texts.of(Swemwbs.COPYRIGHT));
        copyright.addClassName("cc-small-print");
        add(list, copyright);
    }

    private String reported(MeasureResult.Reported r) {
        var c = r.change();
        String text = getTranslation("monitoring.outcomes.result", c.pairs(), signed(c.mean()), signed(c.lower95()),
                signed(c.upper95()));
        if (r.shareRoseMeaningfully().isPresent()) {
            text += " " + getTranslation("monitoring.outcomes.result-share",
                    Math.round(r.shareRoseMeaningfully().getAsDouble() * 100));
        }
        return text;
    }

    private static String signed(double value) {
        return String.format(Locale.UK, "%+.2f", value); // not user text: number format
    }
}

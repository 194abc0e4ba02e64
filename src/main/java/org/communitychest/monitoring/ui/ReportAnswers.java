package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.AgeBand;
import org.communitychest.monitoring.ReportDetails;

/** Every answer of a report, part by part, for checking; with change links while the group may edit it. */
class ReportAnswers extends VerticalLayout {

    ReportAnswers(ReportDetails report, boolean changeLinks) {
        setPadding(false);
        addClassName("cc-summary");
        var c = report.content();
        for (var section : report.sections()) {
            var header = new Div(new H2(Texts.of(section.label())));
            header.addClassName("cc-summary-header");
            if (changeLinks) {
                var change = new Anchor(MonitoringNavigation.part(report.id(), section),
                        getTranslation("apply.summary.change"));
                change.getElement().setAttribute("aria-label", getTranslation("apply.summary.change-named",
                        Texts.of(section.label())));
                header.add(change);
            }
            var list = new DescriptionList();
            switch (section) {
                case ACTIVITY -> {
                    row(list, "monitoring.activity.sessions", c.sessions());
                    row(list, "monitoring.activity.participants", c.participants());
                    if (report.form() == org.communitychest.monitoring.ReportForm.FULL) {
                        row(list, "monitoring.activity.attendances", c.attendances());
                    }
                }
                case REFERRALS -> report.grant().needs().forEach(n -> answer(list, Texts.of(n.name()),
                        text(c.referralsByNeed().get(n.id()))));
                case PEOPLE -> {
                    for (var band : AgeBand.values()) {
                        if (c.ages().containsKey(band)) {
                            answer(list, Texts.of(band.label()), text(c.ages().get(band)));
                        }
                    }
                    if (c.ages().isEmpty()) {
                        answer(list, getTranslation("monitoring.people.by-age"), null);
                    }
                }
                case SPEND -> {
                    if (report.form() == org.communitychest.monitoring.ReportForm.FULL) {
                        c.spend().forEach(l -> answer(list, getTranslation("monitoring.spend.line", l.item(),
                                l.budget().toString()), l.spent() == null ? null : l.spent().toString()));
                    }
                    answer(list, getTranslation("monitoring.spend.confirm-short"), c.spendConfirmed()
                            ? getTranslation("monitoring.answers.yes") : null);
                }
                case OUTCOMES -> answer(list, getTranslation("monitoring.outcomes.answers"), report.outcomeAnswers() == 0
                        ? null : getTranslation("monitoring.outcomes.answer-count", report.outcomeAnswers()));
                case STORY -> {
                    answer(list, getTranslation("monitoring.story.story"), c.story());
                    answer(list, getTranslation("monitoring.story.photos"), report.photos().isEmpty() ? null
                            : String.join(", ", report.photos().stream().map(p -> p.fileName()).toList()));
                }
                case CHANGES -> {
                    answer(list, getTranslation("monitoring.changes.challenges"), c.challenges());
                    answer(list, getTranslation("monitoring.changes.plan"), c.planChanges());
                }
            }
            add(header, list);
        }
    }

    private void row(DescriptionList list, String key, Integer value) {
        answer(list, getTranslation(key), text(value));
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private void answer(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("apply.summary.not-answered") : value));
    }
}

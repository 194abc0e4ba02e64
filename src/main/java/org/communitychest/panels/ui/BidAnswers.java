package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.AreaInfo;

/**
 * The answers a panel scores: the project, who it helps and where, what it will do and when, and the budget. The
 * group's contacts and declarations are left out: the panel does not need them.
 */
class BidAnswers extends Div {

    BidAnswers(ApplicationDetails a) {
        addClassName("cc-summary");
        var project = list("panels.answers.project");
        row(project, "apply.summary.summary", a.summary());
        if (a.needStatement() != null) {
            row(project, "apply.summary.need", a.needStatement());
        }
        var group = list("panels.answers.group");
        row(group, "apply.summary.group-name", a.organisationName());
        row(group, "apply.summary.income", a.organisation().incomeBand() == null ? null
                : Texts.of(a.organisation().incomeBand().label()));
        var who = list("panels.answers.who");
        row(who, "apply.summary.needs", a.needs().stream().map(n -> Texts.of(n.name()))
                .collect(Collectors.joining(", ")));
        row(who, "apply.summary.areas", a.areas().stream().map(AreaInfo::name).collect(Collectors.joining(", ")));
        row(who, "apply.summary.capacity", a.referralCapacity() == null ? null : String.valueOf(a.referralCapacity()));
        if (a.beneficiaries() != null) {
            row(who, "apply.summary.beneficiaries", a.beneficiaries());
        }
        var activities = list("panels.answers.activities");
        row(activities, "apply.summary.activities", a.activities());
        row(activities, "apply.summary.dates", a.startDate() == null || a.endDate() == null ? null
                : getTranslation("apply.summary.dates-from-to", London.format(a.startDate()),
                        London.format(a.endDate())));
        var budget = list("panels.answers.budget");
        a.budget().forEach(line -> answer(budget, line.item(), line.paidByGrant() ? Texts.of(line.costText())
                : getTranslation("apply.summary.paid-by", line.costText(), line.otherFunder())));
        row(budget, "apply.summary.requested", a.amountRequested().toString());
    }

    private DescriptionList list(String headingKey) {
        var list = new DescriptionList();
        add(new H3(getTranslation(headingKey)), list);
        return list;
    }

    private void row(DescriptionList list, String termKey, String value) {
        answer(list, getTranslation(termKey), value);
    }

    private void answer(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("apply.summary.not-answered") : value));
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.DocumentInfo;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.London;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;

/**
 * Every answer, section by section (GOV.UK "check your answers"). With {@code changeLinks} each section links
 * back to its page; {@code documentLink} makes a download link for a document.
 */
class AnswerSummary extends VerticalLayout {

    AnswerSummary(ApplicationDetails a, boolean changeLinks,
            SerializableBiFunction<DocumentInfo, String, com.vaadin.flow.component.Component> documentLink) {
        setPadding(false);
        addClassName("cc-summary");
        boolean full = a.formType() == FormType.FULL;
        group(a, changeLinks);
        for (Section section : Section.of(a.formType())) {
            var header = new Div(new H2(section.label()));
            header.addClassName("cc-summary-header");
            if (changeLinks) {
                header.add(new Anchor(ApplicationsNavigation.section(a.id(), section), "Change"));
            }
            var list = new DescriptionList();
            switch (section) {
                case ABOUT -> {
                    row(list, "Project title", a.projectTitle());
                    row(list, "Summary", a.summary());
                    if (!full) {
                        row(list, "Video or audio link", a.summaryMediaUrl());
                    } else {
                        row(list, "Why it is needed", a.needStatement());
                    }
                }
                case WHO -> {
                    row(list, "Needs", a.needs().stream().map(NeedCategoryInfo::label)
                            .collect(Collectors.joining(", ")));
                    row(list, "Areas", a.areas().stream().map(AreaInfo::name).collect(Collectors.joining(", ")));
                    row(list, "People it can take from social prescribers",
                            a.referralCapacity() == null ? null : String.valueOf(a.referralCapacity()));
                    if (full) {
                        row(list, "Who will take part", a.beneficiaries());
                    }
                }
                case ACTIVITIES -> {
                    row(list, "Activities", a.activities());
                    row(list, "Dates", a.startDate() == null || a.endDate() == null ? null
                            : London.format(a.startDate()) + " to " + London.format(a.endDate()));
                }
                case BUDGET -> {
                    a.budget().forEach(line -> row(list, line.item(), line.costText() + (line.paidByGrant() ? ""
                            : " (paid by " + line.otherFunder() + ")")));
                    row(list, "Asking this round for", a.amountRequested().toString());
                }
                case DOCUMENTS -> {
                    if (a.documents().isEmpty()) {
                        row(list, "Documents", a.noGoverningDocument()
                                ? "The group does not have a governing document" : null);
                    }
                    for (DocumentInfo d : a.documents()) {
                        list.add(new DescriptionList.Term(d.label()),
                                new DescriptionList.Description(documentLink.apply(d, d.fileName())));
                    }
                }
                case DECLARATIONS -> {
                    row(list, "Declarations", a.declaredTrue() && a.declaredShare() && a.declaredSafeguarding()
                            ? "All agreed" : null);
                    row(list, "Declared by", a.declarantName() == null ? null
                            : a.declarantName() + (a.declarantRole() == null ? "" : ", " + a.declarantRole()));
                }
                default -> throw new IllegalStateException();
            }
            var problems = a.statusOf(section).problems();
            add(header, list);
            if (!problems.isEmpty() && a.isDraft()) {
                var missing = new Div(new Span("To finish: " + String.join("; ", problems)));
                missing.addClassName("cc-alert");
                add(missing);
            }
        }
    }

    /** The group's profile, as it stands now; applicants change it on the group's own page. */
    private void group(ApplicationDetails a, boolean changeLinks) {
        var g = a.organisation();
        var header = new Div(new H2("The group"));
        header.addClassName("cc-summary-header");
        if (changeLinks) {
            header.add(new Anchor(org.communitychest.organisations.ui.OrganisationsNavigation.editProfile(g.id()),
                    "Change"));
        }
        var list = new DescriptionList();
        row(list, "Name", g.name());
        row(list, "Kind of group", g.legalForm().label());
        if (g.charityNumber() != null) {
            row(list, "Charity number", g.charityNumber());
        }
        if (g.companyNumber() != null) {
            row(list, "Company number", g.companyNumber());
        }
        row(list, "Address", g.addressText());
        row(list, "Annual income", g.incomeBand() == null ? null : g.incomeBand().label());
        row(list, "Members", g.members().stream().map(m -> m.displayName() + " (" + m.email() + ")")
                .collect(Collectors.joining(", ")));
        add(header, list);
    }

    private static void row(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(
                value == null || value.isBlank() ? "Not answered" : value));
    }
}

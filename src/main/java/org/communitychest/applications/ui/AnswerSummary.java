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
import org.communitychest.applications.GapAlignment;
import org.communitychest.applications.Section;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.AreaInfo;

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
            var header = new Div(new H2(Texts.of(section.label())));
            header.addClassName("cc-summary-header");
            if (changeLinks) {
                header.add(changeLink(ApplicationsNavigation.section(a.id(), section), Texts.of(section.label())));
            }
            var list = new DescriptionList();
            switch (section) {
                case ABOUT -> {
                    row(list, "apply.summary.title", a.projectTitle());
                    row(list, "apply.summary.summary", a.summary());
                    if (!full) {
                        row(list, "apply.summary.media-url", a.summaryMediaUrl());
                    } else {
                        row(list, "apply.summary.need", a.needStatement());
                    }
                }
                case WHO -> {
                    row(list, "apply.summary.needs", a.needs().stream().map(n -> Texts.of(n.name()))
                            .collect(Collectors.joining(", ")));
                    row(list, "apply.summary.areas", a.areas().stream().map(AreaInfo::name)
                            .collect(Collectors.joining(", ")));
                    row(list, "apply.summary.capacity",
                            a.referralCapacity() == null ? null : String.valueOf(a.referralCapacity()));
                    if (!a.round().priorities().isEmpty()) {
                        var covered = GapAlignment.of(a).covered();
                        answer(list, getTranslation("apply.summary.gaps"), covered.isEmpty()
                                ? getTranslation("apply.summary.gaps-none")
                                : covered.stream().map(g -> Texts.of(g.label())).collect(Collectors.joining("; ")));
                    }
                    if (full) {
                        row(list, "apply.summary.beneficiaries", a.beneficiaries());
                    }
                }
                case ACTIVITIES -> {
                    row(list, "apply.summary.activities", a.activities());
                    row(list, "apply.summary.dates", a.startDate() == null || a.endDate() == null ? null
                            : getTranslation("apply.summary.dates-from-to", London.format(a.startDate()),
                                    London.format(a.endDate())));
                }
                case BUDGET -> {
                    a.budget().forEach(line -> answer(list, line.item(), line.paidByGrant()
                            ? Texts.of(line.costText())
                            : getTranslation("apply.summary.paid-by", line.costText(), line.otherFunder())));
                    row(list, "apply.summary.requested", a.amountRequested().toString());
                }
                case DOCUMENTS -> {
                    if (a.documents().isEmpty()) {
                        row(list, "apply.summary.documents", a.noGoverningDocument()
                                ? getTranslation("apply.summary.no-governing-document") : null);
                    }
                    for (DocumentInfo d : a.documents()) {
                        list.add(new DescriptionList.Term(Texts.of(ApplicationDetails.documentLabel(
                                d.requiredDocumentId(), d.label()))),
                                new DescriptionList.Description(documentLink.apply(d, d.fileName())));
                    }
                }
                case DECLARATIONS -> {
                    row(list, "apply.summary.declarations",
                            a.declaredTrue() && a.declaredShare() && a.declaredSafeguarding()
                            ? getTranslation("apply.summary.all-agreed") : null);
                    row(list, "apply.summary.declared-by", a.declarantName() == null ? null
                            : a.declarantName() + (a.declarantRole() == null ? "" : ", " + a.declarantRole()));
                }
                default -> throw new IllegalStateException();
            }
            var problems = a.statusOf(section).problems();
            add(header, list);
            if (!problems.isEmpty() && a.isDraft()) {
                var missing = new Div(new Span(getTranslation("apply.summary.to-finish", problems.stream()
                        .map(Texts::of).collect(Collectors.joining("; ")))));
                missing.addClassName("cc-alert");
                add(missing);
            }
        }
    }

    /**
     * "Change", named for a screen reader by its section ("Change Budget"), so a list of the page's links does
     * not read "Change" six times.
     */
    private Anchor changeLink(String href, String sectionName) {
        var link = new Anchor(href, getTranslation("apply.summary.change"));
        link.getElement().setAttribute("aria-label", getTranslation("apply.summary.change-named", // not user text
                sectionName));
        return link;
    }

    /** The group's profile, as it stands now; applicants change it on the group's own page. */
    private void group(ApplicationDetails a, boolean changeLinks) {
        var g = a.organisation();
        var header = new Div(new H2(getTranslation("apply.summary.group")));
        header.addClassName("cc-summary-header");
        if (changeLinks) {
            header.add(changeLink(org.communitychest.organisations.ui.OrganisationsNavigation.editProfile(g.id()),
                    getTranslation("apply.summary.group")));
        }
        var list = new DescriptionList();
        row(list, "apply.summary.group-name", g.name());
        row(list, "apply.summary.legal-form", Texts.of(g.legalForm().label()));
        if (g.charityNumber() != null) {
            row(list, "apply.summary.charity-number", g.charityNumber());
        }
        if (g.companyNumber() != null) {
            row(list, "apply.summary.company-number", g.companyNumber());
        }
        row(list, "apply.summary.address", g.addressText());
        row(list, "apply.summary.income", g.incomeBand() == null ? null : Texts.of(g.incomeBand().label()));
        row(list, "apply.summary.members", g.members().stream().map(m -> m.displayName() + " (" + m.email() + ")")
                .collect(Collectors.joining(", ")));
        add(header, list);
    }

    /** One answer, its question named by a key. */
    private void row(DescriptionList list, String termKey, String value) {
        answer(list, getTranslation(termKey), value);
    }

    private void answer(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("apply.summary.not-answered") : value));
    }
}

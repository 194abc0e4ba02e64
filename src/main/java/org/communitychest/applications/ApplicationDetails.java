package org.communitychest.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Money;
import org.communitychest.organisations.OrganisationProfile;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RequiredDocument;
import org.communitychest.rounds.RoundDetails;

/** Everything about one application, for the applicant's pages, check-your-answers, the PDF and officers. */
public record ApplicationDetails(long id, long version, String reference, ApplicationStatus status, FormType formType,
        long organisationId, String organisationName, OrganisationProfile organisation, RoundDetails round, String projectTitle, String summary,
        String summaryMediaUrl, String needStatement, List<NeedCategoryInfo> needs, List<AreaInfo> areas,
        Integer referralCapacity, String beneficiaries, String activities, LocalDate startDate, LocalDate endDate,
        List<BudgetLine> budget, Money amountRequested, List<DocumentInfo> documents, boolean noGoverningDocument,
        boolean declaredTrue, boolean declaredShare, boolean declaredSafeguarding, String declarantName,
        String declarantRole, List<EligibilityAnswer> eligibility, List<InformationRequestInfo> informationRequests,
        List<SectionStatus> sections, Instant submittedAt, Instant updatedAt) {

    public static final String GOVERNING_DOCUMENT = "Governing document (constitution, rules or articles)";

    /** The documents to upload: the round's list, or on the short form the governing document. */
    public List<RequiredDocument> requiredDocuments() {
        return requiredDocuments(formType, round);
    }

    static List<RequiredDocument> requiredDocuments(FormType formType, RoundDetails round) {
        return formType == FormType.SHORT ? List.of(new RequiredDocument(null, GOVERNING_DOCUMENT))
                : round.requiredDocuments();
    }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    public boolean readyToSubmit() {
        return sections.stream().allMatch(s -> s.state() == SectionState.COMPLETED);
    }

    public Money totalCost() {
        return budget.stream().map(BudgetLine::costOrZero).reduce(Money.ZERO, Money::plus);
    }

    public SectionStatus statusOf(Section section) {
        return sections.stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    public String displayTitle() {
        return displayTitle(projectTitle);
    }

    /** How an application with this project title is named on screen and in print. */
    public static String displayTitle(String projectTitle) {
        return projectTitle == null || projectTitle.isBlank() ? "Untitled application" : projectTitle.strip();
    }
}

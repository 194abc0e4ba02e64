package org.communitychest.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.organisations.OrganisationProfile;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RequiredDocument;
import org.communitychest.rounds.RoundDetails;

/**
 * Everything about one application, for the applicant's pages, check-your-answers, the PDF and officers; the
 * decision is null until the officer releases it.
 */
public record ApplicationDetails(long id, long version, String reference, ApplicationStatus status, FormType formType,
        long organisationId, String organisationName, OrganisationProfile organisation, RoundDetails round, String projectTitle, String summary,
        String summaryMediaUrl, String needStatement, List<NeedCategoryInfo> needs, List<AreaInfo> areas,
        Integer referralCapacity, String beneficiaries, String activities, LocalDate startDate, LocalDate endDate,
        List<BudgetLine> budget, Money amountRequested, List<DocumentInfo> documents, boolean noGoverningDocument,
        boolean declaredTrue, boolean declaredShare, boolean declaredSafeguarding, String declarantName,
        String declarantRole, List<EligibilityAnswer> eligibility, List<InformationRequestInfo> informationRequests,
        List<SectionStatus> sections, Instant submittedAt, Instant updatedAt, ApplicationDecision decision) {

    /** The short form's one document, as it is stored with the file; screens name it in the reader's language. */
    public static final String GOVERNING_DOCUMENT =
            "Governing document (constitution, rules or articles)"; // not user text: stored label

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

    public Message displayTitle() {
        return displayTitle(projectTitle);
    }

    /** A project's title as typed, or the words for an untitled application in the reader's language. */
    public static Message displayTitle(String projectTitle) {
        return projectTitle == null || projectTitle.isBlank() ? Message.of("apply.untitled")
                : Message.verbatim(projectTitle.strip());
    }

    /** How a required document is named: the round's own words, or the short form's governing document. */
    public static Message documentLabel(Long requiredDocumentId, String storedLabel) {
        return requiredDocumentId == null ? Message.of("apply.documents.governing-document")
                : Message.verbatim(storedLabel);
    }
}

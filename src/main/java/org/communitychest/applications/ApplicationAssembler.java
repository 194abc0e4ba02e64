package org.communitychest.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitychest.base.Message;
import org.communitychest.organisations.OrganisationProfile;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.springframework.stereotype.Component;

/** Builds {@link ApplicationDetails} from an application and works out each section's state. */
@Component
class ApplicationAssembler {

    private final Rounds rounds;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final DocumentRepository documents;
    private final InformationRequestRepository informationRequests;
    private final Organisations organisations;

    ApplicationAssembler(Rounds rounds, NeedCategories needCategories, Areas areas, DocumentRepository documents,
            InformationRequestRepository informationRequests, Organisations organisations) {
        this.organisations = organisations;
        this.rounds = rounds;
        this.needCategories = needCategories;
        this.areas = areas;
        this.documents = documents;
        this.informationRequests = informationRequests;
    }

    RoundDetails roundOf(Application application) {
        return rounds.published(application.getRoundId());
    }

    ApplicationDetails details(Application a) {
        return details(a, roundOf(a));
    }

    /** The details of an application of a round the caller has already read. */
    ApplicationDetails details(Application a, RoundDetails round) {
        return details(a, round, documents.findByApplicationIdOrderByIdAsc(a.getId()),
                organisations.profileForApplication(a.getOrganisationId()),
                needCategories.byIds(a.getPartnershipId(), a.getNeedIds()),
                areas.byIds(a.getPartnershipId(), a.getAreaIds()),
                informationRequests.findByApplicationIdOrderByAskedAtAsc(a.getId()));
    }

    /**
     * An application as its round's panel reads it: the group without its members or address, and neither its
     * documents nor the officers' questions.
     */
    ApplicationDetails detailsForPanel(Application a) {
        return details(a, roundOf(a), List.of(), organisations.profileForPanel(a.getOrganisationId()),
                needCategories.byIds(a.getPartnershipId(), a.getNeedIds()),
                areas.byIds(a.getPartnershipId(), a.getAreaIds()), List.of());
    }

    /**
     * The details of many applications of one round (a pack): the same statements for 500 applications as for 5.
     * Their collections come in one statement each ({@code FetchMode.SUBSELECT}); the rest is read here in bulk.
     */
    List<ApplicationDetails> details(List<Application> all, RoundDetails round) {
        if (all.isEmpty()) {
            return List.of();
        }
        var ids = all.stream().map(Application::getId).toList();
        Map<Long, List<ApplicationDocument>> docs = documents.findByApplicationIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(ApplicationDocument::getApplicationId));
        Map<Long, List<InformationRequest>> questions = informationRequests
                .findByApplicationIdInOrderByAskedAtAsc(ids).stream()
                .collect(Collectors.groupingBy(InformationRequest::getApplicationId));
        var profiles = organisations.profilesForApplications(
                all.stream().map(Application::getOrganisationId).collect(Collectors.toSet()));
        var needs = needCategories.byIds(round.partnershipId(),
                all.stream().flatMap(a -> a.getNeedIds().stream()).collect(Collectors.toSet()));
        var places = areas.byIds(round.partnershipId(),
                all.stream().flatMap(a -> a.getAreaIds().stream()).collect(Collectors.toSet()));
        return all.stream().map(a -> details(a, round, docs.getOrDefault(a.getId(), List.of()),
                profiles.get(a.getOrganisationId()),
                needs.stream().filter(n -> a.getNeedIds().contains(n.id())).toList(),
                places.stream().filter(p -> a.getAreaIds().contains(p.id())).toList(),
                questions.getOrDefault(a.getId(), List.of()))).toList();
    }

    private static ApplicationDetails details(Application a, RoundDetails round, List<ApplicationDocument> documents,
            OrganisationProfile profile, List<NeedCategoryInfo> needs, List<AreaInfo> places,
            List<InformationRequest> questions) {
        var docs = documents.stream().map(ApplicationDocument::toInfo).toList();
        var budget = a.getBudget().stream().map(BudgetLineEntity::toRecord).toList();
        var sections = Section.of(a.getFormType()).stream().map(s -> status(s, a, round, docs)).toList();
        return new ApplicationDetails(a.getId(), a.getVersion(), a.getReference(), a.getStatus(), a.getFormType(),
                a.getOrganisationId(), a.getOrganisationName(), profile, round, a.getProjectTitle(), a.getSummary(),
                a.getSummaryMediaUrl(), a.getNeedStatement(), needs, places, a.getReferralCapacity(),
                a.getBeneficiaries(), a.getActivities(), a.getStartDate(), a.getEndDate(), budget,
                a.amountRequested(), docs, a.isNoGoverningDocument(), a.isDeclaredTrue(), a.isDeclaredShare(),
                a.isDeclaredSafeguarding(), a.getDeclarantName(), a.getDeclarantRole(),
                a.getEligibility().stream().map(EligibilityAnswerEntity::toRecord).toList(),
                questions.stream().map(InformationRequest::toInfo).toList(),
                sections, a.getSubmittedAt(), a.getUpdatedAt(), a.decision().orElse(null));
    }

    private static SectionStatus status(Section section, Application a, RoundDetails round, List<DocumentInfo> docs) {
        var problems = new ArrayList<Message>();
        boolean started;
        boolean full = a.getFormType() == FormType.FULL;
        switch (section) {
            case ABOUT -> {
                started = any(a.getProjectTitle(), a.getSummary(), a.getSummaryMediaUrl(), a.getNeedStatement());
                need(a.getProjectTitle(), ApplicationRules.TITLE_NEEDED, problems);
                if (full || blank(a.getSummaryMediaUrl())) {
                    need(a.getSummary(), Message.of(full ? "apply.problem.summary" : "apply.problem.summary-or-link"),
                            problems);
                }
                if (full) {
                    need(a.getNeedStatement(), Message.of("apply.problem.need-statement"), problems);
                }
            }
            case WHO -> {
                started = !a.getNeedIds().isEmpty() || !a.getAreaIds().isEmpty() || a.getReferralCapacity() != null
                        || !blank(a.getBeneficiaries());
                if (a.getNeedIds().isEmpty()) {
                    problems.add(Message.of("apply.problem.needs"));
                }
                if (a.getAreaIds().isEmpty()) {
                    problems.add(Message.of("apply.problem.areas"));
                }
                if (a.getReferralCapacity() == null) {
                    problems.add(Message.of("apply.problem.capacity"));
                }
                if (full) {
                    need(a.getBeneficiaries(), Message.of("apply.problem.beneficiaries"), problems);
                }
            }
            case ACTIVITIES -> {
                started = any(a.getActivities()) || a.getStartDate() != null || a.getEndDate() != null;
                need(a.getActivities(), Message.of("apply.problem.activities"), problems);
                if (a.getStartDate() == null || a.getEndDate() == null) {
                    problems.add(Message.of("apply.problem.dates"));
                }
            }
            case BUDGET -> {
                started = !a.getBudget().isEmpty();
                if (a.getBudget().isEmpty()) {
                    problems.add(Message.of("apply.problem.budget-empty"));
                } else {
                    problems.addAll(ApplicationRules.budgetProblems(a.getBudget().stream()
                            .map(BudgetLineEntity::toRecord).toList(), a.amountRequested(), a.getFormType(), round));
                }
            }
            case DOCUMENTS -> {
                started = !docs.isEmpty() || a.isNoGoverningDocument();
                if (full) {
                    for (var required : round.requiredDocuments()) {
                        if (docs.stream().noneMatch(d -> required.id().equals(d.requiredDocumentId()))) {
                            problems.add(Message.of("apply.problem.upload",
                                    ApplicationDetails.documentLabel(required.id(), required.label())));
                        }
                    }
                    started = started || round.requiredDocuments().isEmpty();
                } else if (docs.isEmpty() && !a.isNoGoverningDocument()) {
                    problems.add(Message.of("apply.problem.governing-document"));
                }
            }
            case DECLARATIONS -> {
                started = a.isDeclaredTrue() || a.isDeclaredShare() || a.isDeclaredSafeguarding()
                        || any(a.getDeclarantName(), a.getDeclarantRole());
                if (!(a.isDeclaredTrue() && a.isDeclaredShare() && a.isDeclaredSafeguarding())) {
                    problems.add(Message.of("apply.problem.declarations"));
                }
                need(a.getDeclarantName(), ApplicationRules.DECLARANT_NEEDED, problems);
                need(a.getDeclarantRole(), ApplicationRules.DECLARANT_ROLE_NEEDED, problems);
            }
            default -> throw new IllegalStateException();
        }
        SectionState state = problems.isEmpty() ? SectionState.COMPLETED
                : started ? SectionState.IN_PROGRESS : SectionState.NOT_STARTED;
        return new SectionStatus(section, state, List.copyOf(problems));
    }

    private static void need(String value, Message problem, List<Message> problems) {
        if (blank(value)) {
            problems.add(problem);
        }
    }

    private static boolean any(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

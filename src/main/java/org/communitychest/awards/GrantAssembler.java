package org.communitychest.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.communitychest.base.London;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.rounds.Rounds;
import org.springframework.stereotype.Component;

/** Puts a grant together with its round, places, letters, due diligence, versions and variations. */
@Component
class GrantAssembler {

    /** A verified due diligence document counts for this long, for every grant of the group. */
    static final int DILIGENCE_VALID_MONTHS = 12;

    private final Rounds rounds;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final GrantLetterRepository letters;
    private final DueDiligenceRepository diligence;
    private final GrantVersionRepository versions;
    private final VariationRepository variations;
    private final Clock clock;

    GrantAssembler(Rounds rounds, NeedCategories needCategories, Areas areas, GrantLetterRepository letters,
            DueDiligenceRepository diligence, GrantVersionRepository versions, VariationRepository variations,
            Clock clock) {
        this.rounds = rounds;
        this.needCategories = needCategories;
        this.areas = areas;
        this.letters = letters;
        this.diligence = diligence;
        this.versions = versions;
        this.variations = variations;
        this.clock = clock;
    }

    GrantDetails details(Grant g) {
        var round = rounds.published(g.getRoundId());
        var payments = IntStream.range(0, g.getInstalments().size())
                .mapToObj(i -> g.getInstalments().get(i).toLine(i + 1)).toList();
        return new GrantDetails(g.getId(), g.getPartnershipId(), g.getVersion(), g.getReference(), g.getStatus(),
                g.getRoundId(),
                round.title(), g.getApplicationId(), g.getOrganisationId(), g.getOrganisationName(),
                g.getProjectTitle(), g.getSummary(), g.requested(), g.amount(), g.getConditions(), g.getStartDate(),
                g.getEndDate(), g.isSafeguardingNeeded(), g.budget(), payments,
                needCategories.byIds(g.getPartnershipId(), g.getNeedIds()),
                areas.byIds(g.getPartnershipId(), g.getAreaIds()), g.getOfferedAt(), g.getOfferedBy(),
                g.getAnsweredAt(), g.getSignerName(), g.getSignerRole(), g.getDeclineReason(), g.getWithdrawnAt(),
                g.getWithdrawReason(), g.getCompletedAt(), letters.infoOf(g.getId()), diligenceOf(g),
                versions.findByGrantIdOrderByNumberAsc(g.getId()).stream().map(GrantVersion::toVersion).toList(),
                variations.findByGrantIdOrderByIdDesc(g.getId()).stream().map(Variation::toInfo).toList());
    }

    /** What due diligence asks of the grant's group now, each with the latest document of its kind. */
    List<DiligenceNeed> diligenceOf(Grant grant) {
        var documents = diligence.findByOrganisationIdOrderByUploadedAtDesc(grant.getOrganisationId());
        Instant validFrom = clock.instant().atZone(London.ZONE).minusMonths(DILIGENCE_VALID_MONTHS).toInstant();
        List<DiligenceNeed> needs = new ArrayList<>();
        for (var kind : kindsFor(grant)) {
            var ofKind = documents.stream().filter(d -> d.getKind() == kind).toList();
            boolean met = ofKind.stream().anyMatch(d -> d.getVerifiedAt() != null
                    && d.getVerifiedAt().isAfter(validFrom));
            var latest = ofKind.stream().max(Comparator.comparing(DueDiligenceDocument::getUploadedAt))
                    .map(DueDiligenceDocument::toInfo).orElse(null);
            needs.add(new DiligenceNeed(kind, latest, met));
        }
        return needs;
    }

    static List<DueDiligenceKind> kindsFor(Grant grant) {
        return grant.isSafeguardingNeeded() ? List.of(DueDiligenceKind.values())
                : List.of(DueDiligenceKind.GOVERNING_DOCUMENT, DueDiligenceKind.BANK_STATEMENT);
    }
}

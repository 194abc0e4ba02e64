package org.communitychest.monitoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitychest.awards.GrantOffers;
import org.communitychest.monitoring.outcomes.OutcomeResults;
import org.communitychest.monitoring.outcomes.ProjectMeasurements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wellbeing results as the officer reads them: per project, and per round over every project's matched
 * participants (codes are the projects' own, so pairs are matched within a project). Which grants the officer may
 * see is the awards module's check.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class RoundOutcomes {

    private final OutcomeAnswerRepository answers;
    private final GrantOffers offers;

    RoundOutcomes(OutcomeAnswerRepository answers, GrantOffers offers) {
        this.answers = answers;
        this.offers = offers;
    }

    @Transactional(readOnly = true)
    public OutcomeSet ofGrant(long grantId) {
        offers.get(grantId);
        return OutcomeSets.of(grantId, answers.findByGrantIdOrderByParticipantCodeAscStageAsc(grantId));
    }

    /** The round's result, and each project's that has answers, by grant id. */
    @Transactional(readOnly = true)
    public RoundOutcomeResults ofRound(long roundId) {
        var grants = offers.ofRound(roundId);
        var ids = grants.stream().map(g -> g.id()).collect(Collectors.toSet());
        Map<Long, List<OutcomeAnswer>> byGrant = answers.findByRoundIdOrderByGrantIdAsc(roundId).stream()
                .filter(a -> ids.contains(a.getGrantId()))
                .collect(Collectors.groupingBy(OutcomeAnswer::getGrantId));
        var projects = byGrant.entrySet().stream().map(e -> new ProjectMeasurements(e.getKey(),
                e.getValue().stream().map(OutcomeAnswer::measurement).toList())).toList();
        var perProject = grants.stream().filter(g -> byGrant.containsKey(g.id())).map(g -> new RoundOutcomeResults
                .Project(g.id(), g.reference(), g.projectTitle(), OutcomeSets.of(g.id(), byGrant.get(g.id()))
                .results())).toList();
        return new RoundOutcomeResults(OutcomeResults.forRound(projects), perProject);
    }
}

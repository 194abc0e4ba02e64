package org.communitychest.monitoring;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.communitychest.audit.AuditLog;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.MyGrants;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.monitoring.outcomes.Measurement;
import org.communitychest.monitoring.outcomes.OutcomeCsv;
import org.communitychest.monitoring.outcomes.OutcomeCsvProblem;
import org.communitychest.monitoring.outcomes.OutcomeCsvResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded group's wellbeing answers, per pseudonymous participant code, typed in one set at a time or uploaded as
 * a file all or nothing. The same participant at the same stage entered again replaces the earlier answers.
 * Membership is the awards module's check, {@link MyGrants#get}.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class MyOutcomes {

    private final OutcomeAnswerRepository answers;
    private final MyGrants myGrants;
    private final AuditLog auditLog;
    private final Clock clock;

    MyOutcomes(OutcomeAnswerRepository answers, MyGrants myGrants, AuditLog auditLog, Clock clock) {
        this.answers = answers;
        this.myGrants = myGrants;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutcomeSet of(long grantId) {
        myGrants.get(grantId);
        return OutcomeSets.of(grantId, answers.findByGrantIdOrderByParticipantCodeAscStageAsc(grantId));
    }

    /** Stores one participant's answers at one stage (a {@link Measurement} is valid by construction). */
    @Transactional
    public OutcomeSet save(long grantId, Measurement measurement) {
        var grant = live(grantId);
        store(grant, List.of(measurement));
        return of(grantId);
    }

    /**
     * Reads the file and stores every row, or none: with any problem, nothing is stored and every problem comes
     * back, row by row.
     */
    @Transactional
    public List<OutcomeCsvProblem> upload(long grantId, byte[] file) {
        var grant = live(grantId);
        var read = OutcomeCsv.read(new ByteArrayInputStream(file));
        if (read instanceof OutcomeCsvResult.Refused refused) {
            return refused.problems();
        }
        var accepted = ((OutcomeCsvResult.Accepted) read).measurements();
        store(grant, accepted);
        auditLog.record(grant.partnershipId(), "OUTCOMES_UPLOADED", "Grant", grantId, // not user text: audit trail
               
                null, accepted.size() + " rows"); // not user text: audit detail
        return List.of();
    }

    @Transactional
    public OutcomeSet remove(long grantId, long answerId) {
        live(grantId);
        answers.findById(answerId).filter(a -> a.getGrantId() == grantId).ifPresent(answers::delete);
        return of(grantId);
    }

    /** The stored answers as a file in the upload's own format, to correct and upload again. */
    @Transactional(readOnly = true)
    public String download(long grantId) {
        return OutcomeCsv.write(of(grantId).rows().stream().map(OutcomeEntryRow::measurement).toList());
    }

    private void store(GrantDetails grant, List<Measurement> measurements) {
        var now = clock.instant();
        for (var m : measurements) {
            answers.findByGrantIdAndParticipantCodeAndStage(grant.id(), m.participant().value(), m.stage())
                    .ifPresentOrElse(existing -> existing.take(m, now),
                            () -> answers.save(new OutcomeAnswer(grant.partnershipId(), grant.id(), grant.roundId(), m, now)));
        }
        answers.flush();
    }

    private GrantDetails live(long grantId) {
        var grant = myGrants.get(grantId);
        if (!grant.status().isLive()) {
            throw new InvalidInputException("outcomes", Message.of("monitoring.outcomes.not-live",
                    grant.status().label()));
        }
        return grant;
    }
}

package org.communitychest.monitoring;

import java.util.List;
import java.util.Optional;
import org.communitychest.monitoring.outcomes.Stage;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeAnswerRepository extends JpaRepository<OutcomeAnswer, Long> {

    List<OutcomeAnswer> findByGrantIdOrderByParticipantCodeAscStageAsc(long grantId);

    List<OutcomeAnswer> findByRoundIdOrderByGrantIdAsc(long roundId);

    Optional<OutcomeAnswer> findByGrantIdAndParticipantCodeAndStage(long grantId, String participantCode, Stage stage);

    boolean existsByGrantId(long grantId);

    long countByGrantId(long grantId);
}

package org.communitychest.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

    List<FundingRound> findByPartnershipIdOrderByClosesAtDesc(long partnershipId);

    List<FundingRound> findByStatusOrderByClosesAtAsc(RoundStatus status);

    List<FundingRound> findByStatusAndScoringClosesAtLessThanEqual(RoundStatus status, Instant scoringClosesAt);

    Optional<FundingRound> findByIdAndPartnershipId(long id, long partnershipId);

    boolean existsByIdAndPartnershipId(long id, long partnershipId);
}

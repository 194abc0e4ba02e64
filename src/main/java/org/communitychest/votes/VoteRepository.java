package org.communitychest.votes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByRoundId(long roundId);

    List<Vote> findByStateAndClosesAtLessThanEqual(VoteState state, Instant now);

    List<Vote> findByStateOrderByClosesAtAsc(VoteState state);
}

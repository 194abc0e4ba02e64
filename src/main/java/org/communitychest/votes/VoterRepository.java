package org.communitychest.votes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoterRepository extends JpaRepository<Voter, Long> {

    Optional<Voter> findByCodeHash(String codeHash);

    Optional<Voter> findByVoteIdAndEmail(long voteId, String email);

    Optional<Voter> findByVoteIdAndOrganisationId(long voteId, long organisationId);

    long countByVoteId(long voteId);

    long countByVoteIdAndHasVotedTrue(long voteId);

    long countByVoteIdAndKind(long voteId, VoterKind kind);
}

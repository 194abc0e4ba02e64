package org.communitychest.votes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VoterRepository extends JpaRepository<Voter, Long> {

    Optional<Voter> findByCodeHash(String codeHash);

    Optional<Voter> findByVoteIdAndEmail(long voteId, String email);

    Optional<Voter> findByVoteIdAndOrganisationId(long voteId, long organisationId);

    /**
     * Enrols a group as a voter unless it already is one: of two members enrolling their group at once, the second
     * waits for the first and inserts nothing, where a plain insert would fail on the unique key.
     */
    @Modifying
    @Query(value = "INSERT IGNORE INTO vote_voter (vote_id, kind, organisation_id, has_voted)" // not user text: SQL
            + " VALUES (:voteId, 'APPLICANT', :organisationId, FALSE)", nativeQuery = true) // not user text: SQL
    int enrolApplicant(long voteId, long organisationId);

    /**
     * The group's voter row, read as it is now (a locking read), not as the transaction first saw the table. Native:
     * JPA's lock is written {@code for update of} for MySQL, which MariaDB does not take.
     */
    @Query(value = "SELECT * FROM vote_voter" // not user text: SQL
            + " WHERE vote_id = :voteId AND organisation_id = :organisationId FOR UPDATE", // not user text: SQL
            nativeQuery = true)
    Optional<Voter> lockApplicant(long voteId, long organisationId);

    long countByVoteId(long voteId);

    long countByVoteIdAndHasVotedTrue(long voteId);

    long countByVoteIdAndKind(long voteId, VoterKind kind);
}

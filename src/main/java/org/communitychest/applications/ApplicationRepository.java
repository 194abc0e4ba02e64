package org.communitychest.applications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationRepository extends JpaRepository<Application, Long>, ApplicationSearch {

    List<Application> findByOrganisationIdInOrderByUpdatedAtDesc(java.util.Collection<Long> organisationIds);

    Optional<Application> findByIdAndPartnershipId(long id, long partnershipId);

    boolean existsByPartnershipIdAndOrganisationIdAndSubmittedAtIsNotNull(long partnershipId, long organisationId);

    List<Application> findByRoundIdAndStatusInOrderByReferenceAsc(long roundId,
            java.util.Collection<ApplicationStatus> statuses);

    @Query("""
            select distinct a.organisationId from Application a
            where a.partnershipId = :partnershipId and a.organisationId in :organisationIds
            and a.submittedAt is not null""")
    List<Long> organisationsThatSubmitted(@Param("partnershipId") long partnershipId,
            @Param("organisationIds") java.util.Collection<Long> organisationIds);

    /** How many submitted applications wait for screening in each of the partnership's rounds: one query. */
    @Query("""
            select a.roundId as roundId, count(a) as waiting from Application a
            where a.partnershipId = :partnershipId and a.status = :status group by a.roundId""")
    List<RoundCount> countByRound(@Param("partnershipId") long partnershipId,
            @Param("status") ApplicationStatus status);

    /** The needs of the listed applications of the partnership, as (application id, need id) pairs: one query. */
    @Query("""
            select a.id, n from Application a join a.needIds n
            where a.partnershipId = :partnershipId and a.id in :ids""")
    List<Object[]> needsOf(@Param("partnershipId") long partnershipId, @Param("ids") java.util.Collection<Long> ids);

    /** The areas of the listed applications of the partnership, as (application id, area id) pairs: one query. */
    @Query("""
            select a.id, x from Application a join a.areaIds x
            where a.partnershipId = :partnershipId and a.id in :ids""")
    List<Object[]> areasOf(@Param("partnershipId") long partnershipId, @Param("ids") java.util.Collection<Long> ids);

    /** The round's submitted applications (never drafts) of the partnership, by reference. */
    List<Application> findByPartnershipIdAndRoundIdAndSubmittedAtIsNotNullOrderByReferenceAsc(long partnershipId,
            long roundId);

    /** These applications of the round, if eligible or decided, with their plain summaries: one query. */
    @Query("""
            select a.id, a.reference, a.organisationId, a.organisationName, a.projectTitle, a.summary,
                a.amountRequestedPence
            from Application a
            where a.roundId = :roundId and a.id in :ids and a.status in :statuses""")
    List<Object[]> ballotRowsOf(@Param("roundId") long roundId, @Param("ids") java.util.Collection<Long> ids,
            @Param("statuses") java.util.Collection<ApplicationStatus> statuses);

    /** Which of these groups have submitted an application to the round. */
    @Query("""
            select distinct a.organisationId from Application a
            where a.roundId = :roundId and a.submittedAt is not null and a.organisationId in :organisationIds""")
    List<Long> applicantsOfRound(@Param("roundId") long roundId,
            @Param("organisationIds") java.util.Collection<Long> organisationIds);

    /** The needs and the areas of these applications, as (application id, need or area id) pairs. */
    @Query("select a.id, n from Application a join a.needIds n where a.id in :ids")
    List<Object[]> needsOf(@Param("ids") java.util.Collection<Long> ids);

    @Query("select a.id, x from Application a join a.areaIds x where a.id in :ids")
    List<Object[]> areasOf(@Param("ids") java.util.Collection<Long> ids);

    /** The round's applications in one status, as the panel's bids: one query, no collections. */
    @Query("""
            select new org.communitychest.applications.BidRow(a.id, a.reference,
                a.organisationId, a.organisationName, a.projectTitle, a.amountRequestedPence, a.referralCapacity)
            from Application a
            where a.partnershipId = :partnershipId and a.roundId = :roundId and a.status = :status
            order by a.reference""")
    List<BidRow> bidsOf(@Param("partnershipId") long partnershipId, @Param("roundId") long roundId,
            @Param("status") ApplicationStatus status);

    /** The needs of the round's applications in one status, as (application id, need id) pairs: one query. */
    @Query("""
            select a.id, n from Application a join a.needIds n
            where a.partnershipId = :partnershipId and a.roundId = :roundId and a.status = :status""")
    List<Object[]> needsOfRound(@Param("partnershipId") long partnershipId, @Param("roundId") long roundId,
            @Param("status") ApplicationStatus status);

    /** The areas of the round's applications in one status, as (application id, area id) pairs: one query. */
    @Query("""
            select a.id, x from Application a join a.areaIds x
            where a.partnershipId = :partnershipId and a.roundId = :roundId and a.status = :status""")
    List<Object[]> areasOfRound(@Param("partnershipId") long partnershipId, @Param("roundId") long roundId,
            @Param("status") ApplicationStatus status);

    /** The planned capacity of the partnership's applications in these statuses, as (id, capacity) pairs. */
    @Query("""
            select a.id, a.referralCapacity from Application a
            where a.partnershipId = :partnershipId and a.status in :statuses""")
    List<Object[]> capacitiesOf(@Param("partnershipId") long partnershipId,
            @Param("statuses") java.util.Collection<ApplicationStatus> statuses);

    interface RoundCount {

        long getRoundId();

        long getWaiting();
    }

    @Query("""
            select new org.communitychest.applications.ApplicationRow(a.id, a.reference, a.organisationName,
                a.projectTitle, a.status, a.formType, a.amountRequestedPence, a.submittedAt, a.referralCapacity)
            from Application a where a.roundId = :roundId and a.status in :statuses order by a.reference""")
    List<ApplicationRow> panelBids(@Param("roundId") long roundId,
            @Param("statuses") java.util.Collection<ApplicationStatus> statuses);
}

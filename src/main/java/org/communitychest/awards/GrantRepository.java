package org.communitychest.awards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantRepository extends JpaRepository<Grant, Long> {

    List<Grant> findByRoundIdOrderByReferenceAsc(long roundId);

    List<Grant> findByOrganisationIdInOrderByUpdatedAtDesc(Collection<Long> organisationIds);

    Optional<Grant> findByApplicationId(long applicationId);

    List<Grant> findByPartnershipIdAndStatusInOrderByReferenceAsc(long partnershipId, Collection<GrantStatus> statuses);

    boolean existsByRoundId(long roundId);

    /** The partnership's grants in these statuses, without their collections: one query. */
    @Query("""
            select g.id, g.applicationId, g.reference, g.organisationName, g.projectTitle, g.status, g.startDate,
                g.endDate
            from Grant g where g.partnershipId = :partnershipId and g.status in :statuses order by g.reference""")
    List<Object[]> rowsOf(@Param("partnershipId") long partnershipId,
            @Param("statuses") Collection<GrantStatus> statuses);

    /** The needs of the partnership's grants in these statuses, as (grant id, need id) pairs: one query. */
    @Query("""
            select g.id, n from Grant g join g.needIds n
            where g.partnershipId = :partnershipId and g.status in :statuses""")
    List<Object[]> needsOf(@Param("partnershipId") long partnershipId,
            @Param("statuses") Collection<GrantStatus> statuses);

    /** The areas of the partnership's grants in these statuses, as (grant id, area id) pairs: one query. */
    @Query("""
            select g.id, a from Grant g join g.areaIds a
            where g.partnershipId = :partnershipId and g.status in :statuses""")
    List<Object[]> areasOf(@Param("partnershipId") long partnershipId,
            @Param("statuses") Collection<GrantStatus> statuses);

    List<Grant> findByPartnershipIdAndStatusInAndIdGreaterThanOrderByIdAsc(long partnershipId,
            Collection<GrantStatus> statuses, long afterId, org.springframework.data.domain.Pageable page);
}

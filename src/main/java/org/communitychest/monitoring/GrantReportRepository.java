package org.communitychest.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantReportRepository extends JpaRepository<GrantReport, Long> {

    List<GrantReport> findByGrantIdOrderByDueOnAsc(long grantId);

    List<GrantReport> findByGrantIdInOrderByDueOnAsc(Collection<Long> grantIds);

    List<GrantReport> findByRoundIdOrderByDueOnAsc(long roundId);

    List<GrantReport> findByPartnershipIdAndStatusInOrderByDueOnAsc(long partnershipId,
            Collection<ReportStatus> statuses);

    List<GrantReport> findByStatusInAndDueOnLessThanEqualOrderByIdAsc(Collection<ReportStatus> statuses,
            LocalDate dueOnOrBefore);

    /** The referrals of the partnership's reports in one status, as (grant, kind, due, need, referrals): one query. */
    @Query("""
            select r.grantId, r.kind, r.dueOn, key(x), value(x) from GrantReport r join r.referrals x
            where r.partnershipId = :partnershipId and r.status = :status""")
    List<Object[]> referralsOf(@Param("partnershipId") long partnershipId, @Param("status") ReportStatus status);

    boolean existsByGrantIdAndKindAndStatus(long grantId, ReportKind kind, ReportStatus status);
}

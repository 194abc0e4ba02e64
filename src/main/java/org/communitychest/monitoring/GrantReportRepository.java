package org.communitychest.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantReportRepository extends JpaRepository<GrantReport, Long> {

    List<GrantReport> findByGrantIdOrderByDueOnAsc(long grantId);

    List<GrantReport> findByGrantIdInOrderByDueOnAsc(Collection<Long> grantIds);

    List<GrantReport> findByRoundIdOrderByDueOnAsc(long roundId);

    List<GrantReport> findByPartnershipIdAndStatusInOrderByDueOnAsc(long partnershipId,
            Collection<ReportStatus> statuses);

    List<GrantReport> findByStatusInAndDueOnLessThanEqualOrderByIdAsc(Collection<ReportStatus> statuses,
            LocalDate dueOnOrBefore);

    boolean existsByGrantIdAndKindAndStatus(long grantId, ReportKind kind, ReportStatus status);
}

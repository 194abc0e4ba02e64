package org.communitychest.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where e.partnershipId = :partnershipId
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:text is null or lower(e.actor) like :text escape '!'
                   or lower(e.subjectId) like :text escape '!' or lower(e.subjectType) like :text escape '!'
                   or exists (select 1 from AuditEntry named where named.partnershipId = e.partnershipId
                              and named.subjectType = e.subjectType and named.subjectId = e.subjectId
                              and lower(named.subjectLabel) like :text escape '!'))
            order by e.occurredAt desc, e.id desc
            """)
    Slice<AuditEntry> search(@Param("partnershipId") long partnershipId, @Param("action") String action,
            @Param("from") Instant from, @Param("to") Instant to, @Param("text") String text, Pageable pageable);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();
}

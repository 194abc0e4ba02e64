package org.communitychest.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("""
            select m.id from MailMessage m
            where m.status = org.communitychest.notifications.MailStatus.QUEUED and m.nextAttemptAt <= :now
            order by m.nextAttemptAt
            """)
    List<Long> findDueIds(@Param("now") Instant now, Pageable pageable);

    @Query("""
            select m from MailMessage m
            where m.partnershipId = :partnershipId
              and (:text is null or lower(m.recipient) like :text escape '!'
                   or lower(m.subject) like :text escape '!')
            order by m.createdAt desc, m.id desc
            """)
    Slice<MailMessage> search(@Param("partnershipId") long partnershipId, @Param("text") String text,
            Pageable pageable);

    Optional<MailMessage> findByIdAndPartnershipId(long id, long partnershipId);

    List<MailMessage> findByRecipientOrderByIdAsc(String recipient);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update versioned MailMessage m set m.oneTimeToken = null
            where m.oneTimeToken is not null and m.tokenExpiresAt <= :now
            """)
    int forgetExpiredTokens(@Param("now") Instant now);

    @Query("""
            select m.id from MailMessage m
            where m.bodyDeletedAt is null and m.createdAt <= :cutoff
              and m.status <> org.communitychest.notifications.MailStatus.QUEUED
            order by m.id
            """)
    List<Long> findIdsWithBodiesCreatedBefore(@Param("cutoff") Instant cutoff, Pageable pageable);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from MailAttachment a where a.mailId in :ids")
    int deleteAttachmentsOf(@Param("ids") List<Long> ids);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update versioned MailMessage m
            set m.textBody = '', m.htmlBody = '', m.oneTimeToken = null, m.bodyDeletedAt = :now
            where m.id in :ids
            """)
    int deleteBodiesOf(@Param("ids") List<Long> ids, @Param("now") Instant now);
}

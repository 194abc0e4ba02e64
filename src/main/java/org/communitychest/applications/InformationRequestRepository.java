package org.communitychest.applications;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    List<InformationRequest> findByApplicationIdOrderByAskedAtAsc(long applicationId);

    List<InformationRequest> findByApplicationIdInOrderByAskedAtAsc(Collection<Long> applicationIds);

    /** For each of the applications, how many questions still wait for an answer: one query for all of them. */
    @Query("""
            select r.applicationId as applicationId, count(r) as open from InformationRequest r
            where r.applicationId in :applicationIds and r.answer is null group by r.applicationId
            """)
    List<OpenQuestions> countOpen(@Param("applicationIds") Collection<Long> applicationIds);

    /** Answers to questions about applications still waiting for screening, newest first. */
    @Query("""
            select new org.communitychest.applications.AnsweredQuestion(a.id, a.reference, a.organisationName,
                   a.projectTitle, r.answeredAt, r.answer)
            from InformationRequest r, Application a
            where a.id = r.applicationId and a.partnershipId = :partnershipId and r.answer is not null
              and a.status = org.communitychest.applications.ApplicationStatus.SUBMITTED
            order by r.answeredAt desc
            """)
    List<AnsweredQuestion> answeredAwaitingScreening(@Param("partnershipId") long partnershipId,
            Pageable pageable);

    interface OpenQuestions {

        long getApplicationId();

        long getOpen();
    }
}

package org.communitychest.applications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<ApplicationDocument, Long> {

    List<ApplicationDocument> findByApplicationIdOrderByIdAsc(long applicationId);

    List<ApplicationDocument> findByApplicationIdInOrderByIdAsc(java.util.Collection<Long> applicationIds);
}

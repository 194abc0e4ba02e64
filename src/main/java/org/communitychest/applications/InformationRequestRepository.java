package org.communitychest.applications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    List<InformationRequest> findByApplicationIdOrderByAskedAtAsc(long applicationId);
}

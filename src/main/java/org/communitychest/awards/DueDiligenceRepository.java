package org.communitychest.awards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DueDiligenceRepository extends JpaRepository<DueDiligenceDocument, Long> {

    List<DueDiligenceDocument> findByOrganisationIdOrderByUploadedAtDesc(long organisationId);
}

package org.communitychest.place;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findByPartnershipIdOrderByTypeAscNameAsc(long partnershipId);

    List<Area> findByPartnershipIdAndIdIn(long partnershipId, java.util.Collection<Long> ids);

    long countByPartnershipId(long partnershipId);
}

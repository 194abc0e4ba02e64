package org.communitychest.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedCategoryRepository extends JpaRepository<NeedCategory, Long> {

    List<NeedCategory> findByPartnershipIdOrderBySortOrderAscLabelAsc(long partnershipId);

    List<NeedCategory> findByPartnershipIdAndIdIn(long partnershipId, Collection<Long> ids);

    Optional<NeedCategory> findByIdAndPartnershipId(long id, long partnershipId);

    boolean existsByPartnershipIdAndCode(long partnershipId, String code);

    int countByPartnershipId(long partnershipId);

    long countByPartnershipIdAndRetiredFalseAndIdIn(long partnershipId, Collection<Long> ids);
}

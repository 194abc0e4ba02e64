package org.communitychest.awards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VariationRepository extends JpaRepository<Variation, Long> {

    List<Variation> findByGrantIdOrderByIdDesc(long grantId);

    boolean existsByGrantIdAndStatus(long grantId, VariationStatus status);
}

package org.communitychest.place;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByCode(String code);
}

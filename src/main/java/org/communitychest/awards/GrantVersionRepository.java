package org.communitychest.awards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantVersionRepository extends JpaRepository<GrantVersion, Long> {

    List<GrantVersion> findByGrantIdOrderByNumberAsc(long grantId);
}

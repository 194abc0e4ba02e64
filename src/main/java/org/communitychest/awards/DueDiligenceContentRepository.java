package org.communitychest.awards;

import org.springframework.data.jpa.repository.JpaRepository;

interface DueDiligenceContentRepository extends JpaRepository<DueDiligenceContent, Long> {
}

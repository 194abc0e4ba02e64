package org.communitychest.applications;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {
}

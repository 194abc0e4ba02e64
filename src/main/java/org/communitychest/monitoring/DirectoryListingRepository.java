package org.communitychest.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryListingRepository extends JpaRepository<DirectoryListing, Long> {

    Optional<DirectoryListing> findByGrantId(long grantId);

    Optional<DirectoryListing> findByPublicId(String publicId);

    List<DirectoryListing> findByPublishedTrueOrderByIdAsc();

    List<DirectoryListing> findByPartnershipIdAndPublishedTrueOrderByIdAsc(long partnershipId);
}

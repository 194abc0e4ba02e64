package org.communitychest.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportPhotoRepository extends JpaRepository<ReportPhoto, Long> {

    @Query("select new org.communitychest.monitoring.PhotoInfo(p.id, p.fileName, p.contentType, p.size)"
            + " from ReportPhoto p where p.reportId = :reportId order by p.id") // not user text: JPQL
    List<PhotoInfo> infosOf(long reportId);

    long countByReportId(long reportId);

    /** The photo, if it belongs to the report. */
    default org.communitychest.awards.GrantFile file(long reportId, long photoId) {
        var photo = findById(photoId).filter(p -> p.getReportId() == reportId)
                .orElseThrow(() -> new org.communitychest.base.RecordNotFoundException(MyReports.REPORT));
        var info = photo.info();
        return new org.communitychest.awards.GrantFile(info.fileName(), info.contentType(), photo.getContent());
    }
}

package org.communitychest.monitoring;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo of the project kept with its report, shown only to the group and the partnership's staff. */
@Entity
@Table(name = "grant_report_photo")
class ReportPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ReportPhoto() {
    }

    ReportPhoto(long reportId, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    PhotoInfo info() {
        return new PhotoInfo(id, fileName, contentType, size);
    }

    long getReportId() {
        return reportId;
    }

    byte[] getContent() {
        return content;
    }
}

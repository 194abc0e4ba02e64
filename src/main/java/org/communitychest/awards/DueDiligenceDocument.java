package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A due diligence document of an organisation, as uploaded, then verified or turned down by an officer. It belongs
 * to the organisation, not to one grant: verified, it counts for every grant of the group for 12 months.
 */
@Entity
@Table(name = "due_diligence_document")
class DueDiligenceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private DueDiligenceKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 320)
    private String verifiedBy;

    @Column(name = "rejected_reason", columnDefinition = "TEXT")
    private String rejectedReason;

    @Version
    private long version;

    protected DueDiligenceDocument() {
    }

    DueDiligenceDocument(long organisationId, DueDiligenceKind kind, String fileName, String contentType,
            long sizeBytes, String sha256, long uploadedBy, Instant uploadedAt) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void verify(String by, Instant now) {
        requireUnchecked();
        verifiedAt = now;
        verifiedBy = by;
    }

    void reject(String by, String reason, Instant now) {
        requireUnchecked();
        verifiedBy = by;
        verifiedAt = null;
        rejectedReason = reason;
    }

    private void requireUnchecked() {
        if (verifiedAt != null || rejectedReason != null) {
            throw new IllegalStateException("Document " + id + " was checked already");
        }
    }

    DiligenceDocumentInfo toInfo() {
        return new DiligenceDocumentInfo(id, kind, fileName, sizeBytes, uploadedAt, verifiedAt, verifiedBy,
                rejectedReason);
    }

    Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    DueDiligenceKind getKind() {
        return kind;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }
}

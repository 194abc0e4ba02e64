package org.communitychest.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file's details; its bytes live in {@link DocumentContent} so lists never load them. */
@Entity
@Table(name = "application_document")
class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "required_document_id")
    private Long requiredDocumentId;

    @Column(nullable = false, length = 200)
    private String label;

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

    protected ApplicationDocument() {
    }

    ApplicationDocument(long applicationId, Long requiredDocumentId, String label, String fileName,
            String contentType, long sizeBytes, String sha256, Instant uploadedAt, long uploadedBy) {
        this.applicationId = applicationId;
        this.requiredDocumentId = requiredDocumentId;
        this.label = label;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    Long getRequiredDocumentId() {
        return requiredDocumentId;
    }

    String getLabel() {
        return label;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    DocumentInfo toInfo() {
        return new DocumentInfo(id, requiredDocumentId, label, fileName, contentType, sizeBytes, sha256, uploadedAt);
    }
}

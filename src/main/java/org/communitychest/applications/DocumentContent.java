package org.communitychest.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}

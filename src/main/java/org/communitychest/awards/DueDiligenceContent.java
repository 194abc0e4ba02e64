package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A due diligence document's bytes, apart from its details so that lists never load them. */
@Entity
@Table(name = "due_diligence_content")
class DueDiligenceContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected DueDiligenceContent() {
    }

    DueDiligenceContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}

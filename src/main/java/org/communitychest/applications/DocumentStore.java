package org.communitychest.applications;

import org.communitychest.base.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads a stored document of an application. Package-private on purpose: the services that call it
 * ({@link ApplicationDrafts} for the group, {@link Screening} for officers) decide who may have it.
 */
@Component
class DocumentStore {

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;

    DocumentStore(DocumentRepository documents, DocumentContentRepository contents) {
        this.documents = documents;
        this.contents = contents;
    }

    DocumentFile file(long applicationId, long documentId) {
        var document = documents.findById(documentId).filter(d -> d.getApplicationId() == applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Document"));
        var content = contents.findById(documentId).orElseThrow(() -> new RecordNotFoundException("Document"));
        return new DocumentFile(document.getFileName(), document.getContentType(), content.getContent());
    }
}

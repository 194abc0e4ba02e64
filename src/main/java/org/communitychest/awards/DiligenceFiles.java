package org.communitychest.awards;

import org.communitychest.base.RecordNotFoundException;

/** Reads a due diligence document of one organisation; callers have checked who may have it. */
final class DiligenceFiles {

    private DiligenceFiles() {
    }

    static GrantFile read(DueDiligenceRepository documents, DueDiligenceContentRepository contents,
            long organisationId, long documentId) {
        var document = documents.findById(documentId).filter(d -> d.getOrganisationId() == organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Document")); // not user text: what was not found
        var content = contents.findById(documentId)
                .orElseThrow(() -> new RecordNotFoundException("Document")); // not user text: what was not found
        return new GrantFile(document.getFileName(), document.getContentType(), content.getContent());
    }
}

package org.communitychest.applications;

import java.time.Instant;

public record DocumentInfo(long id, Long requiredDocumentId, String label, String fileName, String contentType,
        long sizeBytes, String sha256, Instant uploadedAt) {

    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024))
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}

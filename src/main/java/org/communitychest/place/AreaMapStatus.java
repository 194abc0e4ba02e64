package org.communitychest.place;

import java.time.Instant;

/**
 * What the partnership's map is, for the administrator: the kind, how many areas it draws and its size; for an
 * uploaded map also the file, the property that held the codes (boundaries), and who uploaded it when.
 * {@code uploadedAt} is null for the automatic layout.
 */
public record AreaMapStatus(AreaMap.Kind kind, int areas, long bytes, String fileName, String codeProperty,
        Instant uploadedAt, String uploadedBy) {

    public boolean automatic() {
        return uploadedAt == null;
    }
}

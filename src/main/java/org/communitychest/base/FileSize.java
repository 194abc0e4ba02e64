package org.communitychest.base;

import java.util.Locale;

/** File sizes as people read them, and the one message for a file that is too large. */
public final class FileSize {

    private static final long MB = 1024 * 1024;

    private FileSize() {
    }

    /** {@code 700 MB}, {@code 10.5 MB}, {@code 12 KB}. */
    public static String text(long bytes) {
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        if (bytes % MB == 0 || bytes >= 100 * MB) {
            return Math.round(bytes / (double) MB) + " MB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (double) MB);
    }

    /**
     * Why a file is refused for its size. {@code size} is what it is, or negative when only "more than the limit"
     * is known (the upload was cut off at the limit).
     */
    public static Message tooLarge(String fileName, long size, long limit) {
        Object name = fileName == null || fileName.isBlank() ? Message.of("common.files.that-file") : fileName;
        return size > limit ? Message.of("common.files.too-large", name, text(size), text(limit))
                : Message.of("common.files.larger-than-limit", name, text(limit));
    }
}

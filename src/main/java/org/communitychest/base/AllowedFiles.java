package org.communitychest.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * The only kinds of file people may upload: PDF, images, Word/ODT documents and spreadsheets, recognised by
 * their content (a renamed file is caught), at most 10 MB.
 */
public final class AllowedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.odt,.xls,.xlsx,.ods";
    public static final String DESCRIPTION = "PDF, Word, OpenDocument, Excel, PNG or JPEG, up to 10 MB";

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("application/msword", "Word document"),
            Map.entry("application/x-tika-msoffice", "Office document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.ms-excel", "Excel spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"));

    private AllowedFiles() {
    }

    /** A file that passed the checks, with the type its content shows and its SHA-256. */
    public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** The checked file, or empty with the reason in {@code problem}. */
    public static Optional<CheckedFile> check(String fileName, byte[] content, StringBuilder problem) {
        String name = fileName == null ? "file" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (content == null || content.length == 0) {
            problem.append(name).append(" is empty. Choose the file again.");
            return Optional.empty();
        }
        if (content.length > MAX_BYTES) {
            problem.append(name).append(" is ").append(String.format("%.1f", content.length / 1048576.0))
                    .append(" MB; the limit is 10 MB. Try saving it as a PDF or a smaller image.");
            return Optional.empty();
        }
        String type = TIKA.detect(content, name);
        if (!KINDS.containsKey(type)) {
            problem.append(name).append(" is not a kind of file we accept: its content is not a ")
                    .append(DESCRIPTION.replace(", up to 10 MB", "")).append(" file, whatever its name says.")
                    .append(" Save it as a PDF and upload that.");
            return Optional.empty();
        }
        return Optional.of(new CheckedFile(name, type, content, sha256(content)));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

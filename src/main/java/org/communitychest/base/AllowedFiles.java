package org.communitychest.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * The only kinds of file people may upload: PDF, images, Word/ODT documents and spreadsheets, at most 10 MB.
 * The kind is what the content is, never what the name says: Tika's container detectors look inside ZIP and OLE2
 * files (a renamed archive, or an OLE2 file that is not Word or Excel, is refused), and the name must end as that
 * kind's names do.
 */
public final class AllowedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.odt,.xls,.xlsx,.ods";
    public static final String DESCRIPTION = "PDF, Word, OpenDocument, Excel, PNG or JPEG, up to 10 MB";

    /** Detected from content alone (no name hint): the name is checked against the result instead. */
    private static final Detector DETECTOR = new DefaultDetector();
    private static final Set<String> IMAGE_ENDINGS = Set.of("png", "jpg", "jpeg");
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("application/pdf", new Kind("a PDF", "pdf")),
            Map.entry("image/png", new Kind("a PNG image", "png", IMAGE_ENDINGS)),
            Map.entry("image/jpeg", new Kind("a JPEG image", "jpg", IMAGE_ENDINGS)),
            Map.entry("application/msword", new Kind("a Word document", "doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new Kind("a Word document", "docx")),
            Map.entry("application/vnd.oasis.opendocument.text", new Kind("an OpenDocument text document", "odt")),
            Map.entry("application/vnd.ms-excel", new Kind("an Excel spreadsheet", "xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    new Kind("an Excel spreadsheet", "xlsx")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet",
                    new Kind("an OpenDocument spreadsheet", "ods")));

    private AllowedFiles() {
    }

    /** {@code ending} is what we ask for in a message; {@code endings} all that such files are called. */
    private record Kind(String label, String ending, Set<String> endings) {

        Kind(String label, String ending) {
            this(label, ending, Set.of(ending));
        }
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
            problem.append(FileSize.tooLarge(name, content.length, MAX_BYTES))
                    .append(" Try saving it as a PDF or a smaller image.");
            return Optional.empty();
        }
        String type = detect(content);
        Kind kind = KINDS.get(type);
        if (kind == null) {
            problem.append(name).append(" is not a kind of file we accept: its content is not a ")
                    .append(DESCRIPTION.replace(", up to 10 MB", "")).append(" file, whatever its name says.")
                    .append(" Save it as a PDF and upload that.");
            return Optional.empty();
        }
        String ending = ending(name);
        if (!kind.endings().contains(ending)) {
            problem.append(name).append(" is ").append(kind.label()).append(" but its name ")
                    .append(ending.isEmpty() ? "has no ending" : "ends in ." + ending)
                    .append(". Rename it to end in .").append(kind.ending())
                    .append(" and upload it again.");
            return Optional.empty();
        }
        return Optional.of(new CheckedFile(name, type, content, sha256(content)));
    }

    private static String detect(byte[] content) {
        try (var stream = TikaInputStream.get(content)) {
            return DETECTOR.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

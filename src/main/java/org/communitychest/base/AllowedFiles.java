package org.communitychest.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
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
    /** What people may upload, as the form tells them. */
    public static final Message DESCRIPTION = Message.of("common.files.allowed");

    /** Detected from content alone (no name hint): the name is checked against the result instead. */
    private static final Detector DETECTOR = new DefaultDetector();
    private static final Set<String> IMAGE_ENDINGS = Set.of("png", "jpg", "jpeg");
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("application/pdf", new Kind("common.files.kind.pdf", "pdf")),
            Map.entry("image/png", new Kind("common.files.kind.png", "png", IMAGE_ENDINGS)),
            Map.entry("image/jpeg", new Kind("common.files.kind.jpeg", "jpg", IMAGE_ENDINGS)),
            Map.entry("application/msword", new Kind("common.files.kind.word", "doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new Kind("common.files.kind.word", "docx")),
            Map.entry("application/vnd.oasis.opendocument.text", new Kind("common.files.kind.odt", "odt")),
            Map.entry("application/vnd.ms-excel", new Kind("common.files.kind.excel", "xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    new Kind("common.files.kind.excel", "xlsx")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet",
                    new Kind("common.files.kind.ods", "ods")));

    private AllowedFiles() {
    }

    /**
     * {@code label} is the bundle key naming the kind; {@code ending} is what we ask for in a message;
     * {@code endings} all that such files are called.
     */
    private record Kind(String label, String ending, Set<String> endings) {

        Kind(String label, String ending) {
            this(label, ending, Set.of(ending));
        }
    }

    /** A file that passed the checks, with the type its content shows and its SHA-256. */
    public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    /**
     * The checked file; a file refused is an {@link InvalidInputException} on {@code field} saying why, in the
     * reader's language once translated.
     */
    public static CheckedFile check(String fileName, byte[] content, String field) {
        String name = fileName == null ? "file" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, Message.of("common.files.empty", name));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(field, Message.of("common.files.save-smaller",
                    FileSize.tooLarge(name, content.length, MAX_BYTES)));
        }
        String type = detect(content);
        Kind kind = KINDS.get(type);
        if (kind == null) {
            throw new InvalidInputException(field, Message.of("common.files.not-allowed", name,
                    Message.of("common.files.kinds")));
        }
        String ending = ending(name);
        if (!kind.endings().contains(ending)) {
            var label = Message.of(kind.label());
            throw new InvalidInputException(field, ending.isEmpty()
                    ? Message.of("common.files.no-ending", name, label, kind.ending())
                    : Message.of("common.files.wrong-name", name, label, ending, kind.ending()));
        }
        return new CheckedFile(name, type, content, sha256(content));
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

package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** What a file really is decides, not its name: ZIP and OLE2 containers are looked inside. */
class AllowedFilesTest {

    private static final Translations TRANSLATIONS = new Translations(true);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aRealWordDocumentAndARealOpenDocumentAreAccepted() throws IOException {
        assertThat(accepted("plan.docx", docx())).isEqualTo(DOCX);
        assertThat(accepted("budget.xlsx", xlsx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(accepted("plan.odt", odt())).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(accepted("Old Constitution.DOC", ole2("WordDocument"))).isEqualTo("application/msword");
        assertThat(accepted("accounts.xls", ole2("Workbook"))).isEqualTo("application/vnd.ms-excel");
        assertThat(accepted("constitution.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
    }

    @Test
    void aZipHoldingAProgramIsRefusedWhateverItIsCalled() throws IOException {
        byte[] program = zip(Map.of("setup.exe", "MZ\u0090\u0000 this program cannot be run in DOS mode"));
        for (String name : new String[] {"plan.docx", "budget.xlsx", "plan.odt", "archive.zip"}) {
            assertThat(refused(name, program)).as(name).isEqualTo(name + " is not a kind of file we accept: its"
                    + " content is not a PDF, Word, OpenDocument, Excel, PNG or JPEG file, whatever its name says."
                    + " Save it as a PDF and upload that.");
        }
    }

    @Test
    void anOle2FileThatIsNotWordOrExcelIsRefusedEvenNamedDoc() throws IOException {
        assertThat(refused("minutes.doc", ole2("__substg1.0_0037001F"))).startsWith("minutes.doc is not a kind of");
        assertThat(refused("minutes.doc", ole2("Something"))).startsWith("minutes.doc is not a kind of");
    }

    @Test
    void anAllowedKindUnderAnotherKindsNameIsRefusedWithTheNameToUse() throws IOException {
        assertThat(refused("plan.pdf", docx()))
                .isEqualTo("plan.pdf is a Word document but its name ends in .pdf. Rename it to end in .docx and"
                        + " upload it again.");
        assertThat(refused("accounts.doc", ole2("Workbook")))
                .isEqualTo("accounts.doc is an Excel spreadsheet but its name ends in .doc. Rename it to end in .xls"
                        + " and upload it again.");
    }

    @Test
    void anEmptyOrOversizeFileIsRefusedInBengaliToo() {
        var refusal = catchThrowableOfType(InvalidInputException.class,
                () -> AllowedFiles.check("plan.pdf", new byte[AllowedFiles.MAX_BYTES + 1], "document"));
        assertThat(english(refusal.messageFor("document"))).isEqualTo("plan.pdf is 10.0 MB; the largest we accept is"
                + " 10 MB. Try saving it as a PDF or a smaller image.");
        assertThat(TRANSLATIONS.text(Language.BENGALI, refusal.messageFor("document")))
                .startsWith("plan.pdf: এর আকার 10.0 MB।").contains("PDF বা আরও ছোট ছবি");
        assertThat(refused("empty.pdf", new byte[0])).isEqualTo("empty.pdf is empty. Choose the file again.");
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(english(FileSize.tooLarge("film.mp4", 700L * 1024 * 1024, AllowedFiles.MAX_BYTES)))
                .isEqualTo("film.mp4 is 700 MB; the largest we accept is 10 MB.");
        assertThat(english(FileSize.tooLarge("film.mp4", -1, AllowedFiles.MAX_BYTES)))
                .isEqualTo("film.mp4 is larger than 10 MB; the largest we accept is 10 MB.");
        assertThat(FileSize.text(10_500_000)).isEqualTo("10.0 MB");
        assertThat(FileSize.text(2_000)).isEqualTo("2 KB");
    }

    private static String accepted(String name, byte[] content) {
        return AllowedFiles.check(name, content, "document").contentType();
    }

    private static String refused(String name, byte[] content) {
        var refusal = catchThrowableOfType(InvalidInputException.class,
                () -> AllowedFiles.check(name, content, "document"));
        assertThat(refusal).as(name).isNotNull();
        return english(refusal.messageFor("document"));
    }

    private static String english(Message message) {
        return TRANSLATIONS.text(Language.ENGLISH, message);
    }

    /** The smallest package Word opens: content types, the package relationship and the main part. */
    static byte[] docx() throws IOException {
        return ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml"
                + ".document.main+xml", """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Our plan</w:t></w:r></w:p></w:body></w:document>""");
    }

    static byte[] xlsx() throws IOException {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");
    }

    private static byte[] ooxml(String part, String partType, String partXml) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/%s" ContentType="%s"/></Types>""".formatted(part, partType));
        entries.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
                relationships/officeDocument"/></Relationships>""".formatted(part));
        entries.put(part, partXml);
        return zip(entries);
    }

    /** OpenDocument: an uncompressed {@code mimetype} entry first, then the manifest and content. */
    static byte[] odt() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
                    <manifest:file-entry manifest:full-path="/" \
                    manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                    </manifest:manifest>""");
            put(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>""");
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An OLE2 (compound) file with one stream of the given name, as Word, Excel and Outlook files are. */
    static byte[] ole2(String streamName) throws IOException {
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

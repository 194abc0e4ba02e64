package org.communitychest.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.i18n.BundleTranslations;
import org.communitychest.base.ui.StreamedUpload.CountingBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An oversize upload is refused without reading it, or after reading no more than the limit. */
class LimitedUploadTest {

    private static final long MB = 1024 * 1024;

    private final List<String> received = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private LimitedUpload upload;
    private int emptied;

    @BeforeEach
    void page() {
        BundleTranslations.forMockedPages();
        MockVaadin.setup();
        upload = new LimitedUpload(AllowedFiles.MAX_BYTES,
                (name, content) -> received.add(name + " " + content.length)) {
            @Override
            public void clearFileList() {
                emptied++;
                super.clearFileList();
            }
        };
        upload.onRefused(refused::add);
        UI.getCurrent().add(upload);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aDeclared700MegabyteBodyIsRefusedWithoutReadingAByteOfIt() throws IOException {
        var body = new CountingBody(700 * MB);

        StreamedUpload.send(upload, "film.mp4", 700 * MB, body);

        assertThat(body.bytesRead()).isZero();
        assertThat(refused).containsExactly("film.mp4 is 700 MB; the largest we accept is 10 MB.");
        assertThat(received).isEmpty();
    }

    @Test
    void aBodyWithNoLengthIsCutOffAtTheLimit() throws IOException {
        var body = new CountingBody(700 * MB);

        StreamedUpload.send(upload, "film.mp4", -1, body);

        assertThat(body.bytesRead()).isEqualTo(AllowedFiles.MAX_BYTES + 1L);
        assertThat(refused).containsExactly("film.mp4 is larger than 10 MB; the largest we accept is 10 MB.");
        assertThat(received).isEmpty();
    }

    @Test
    void aClientThatUnderstatesTheLengthIsCutOffAtTheLimitToo() throws IOException {
        var body = new CountingBody(700 * MB);

        StreamedUpload.send(upload, "film.mp4", 1000, body);

        assertThat(body.bytesRead()).isEqualTo(AllowedFiles.MAX_BYTES + 1L);
        assertThat(refused).containsExactly("film.mp4 is larger than 10 MB; the largest we accept is 10 MB.");
    }

    @Test
    void afterARefusalTheSlotTakesTheNextFile() throws IOException {
        StreamedUpload.send(upload, "film.mp4", 700 * MB, new CountingBody(700 * MB));
        StreamedUpload.send(upload, "plan.pdf", 10 * MB, new CountingBody(10 * MB));
        UploadKt._upload(upload, "notes.pdf", "application/pdf", new byte[] {1, 2, 3});

        assertThat(refused).hasSize(1);
        assertThat(received).containsExactly("plan.pdf " + 10 * MB, "notes.pdf 3");
    }

    @Test
    void theUploadSpeaksPlainBritishEnglishNotVaadinsDefaults() {
        var texts = upload.getI18n();

        assertThat(texts.getAddFiles().getOne()).isEqualTo("Choose a file");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("or drop a file here");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("This kind of file is not accepted here.");
        assertThat(List.of(texts.getAddFiles().getOne(), texts.getError().getTooManyFiles(),
                texts.getError().getFileIsTooBig(), texts.getError().getIncorrectFileType(),
                texts.getUploading().getError().getUnexpectedServerError()))
                .allSatisfy(text -> assertThat(text).doesNotContain("..").doesNotContain("Upload File"));
    }

    @Test
    void theBrowsersOwnRefusalGetsTheSameMessage() {
        var detail = JacksonUtils.createObjectNode();
        detail.put("event.detail.file.name", "film.mp4");
        detail.put("event.detail.file.size", 700 * MB);
        detail.put("event.detail.error", "File is Too Big.");

        BasicUtilsKt._fireDomEvent(upload, "file-reject", detail);
        detail.put("event.detail.file.name", "setup.exe");
        detail.put("event.detail.file.size", 3000);
        detail.put("event.detail.error", upload.getI18n().getError().getIncorrectFileType());
        BasicUtilsKt._fireDomEvent(upload, "file-reject", detail);

        assertThat(refused).containsExactly("film.mp4 is 700 MB; the largest we accept is 10 MB.",
                "setup.exe is not a kind of file we accept here.");
    }

    /** The browser keeps a received file ticked in the list and, one file being the limit, takes no other. */
    @Test
    void aReceivedFileLeavesTheSlotEmptyForTheNextAsARefusedOneDoes() throws IOException {
        UploadKt._upload(upload, "areas.csv", "text/csv", new byte[] {1, 2, 3});
        assertThat(emptied).as("after a received file").isEqualTo(1);
        StreamedUpload.send(upload, "film.mp4", 700 * MB, new CountingBody(700 * MB));
        assertThat(emptied).as("after a refused file").isEqualTo(2);
        UploadKt._upload(upload, "areas.csv", "text/csv", new byte[] {4, 5});
        assertThat(emptied).isEqualTo(3);
        assertThat(received).containsExactly("areas.csv 3", "areas.csv 2");
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.communitychest.base.FileSize;
import org.communitychest.base.Message;

/**
 * One file at a time, never more than {@code maxBytes} read into memory. The browser refuses a larger file before
 * sending it; the server refuses it again from the declared length without reading the body, and stops reading
 * at the limit when the length is missing or wrong. A refused file leaves the slot empty and its reason with
 * {@link #onRefused}, for the view to show beside the file's row; a received file empties the slot too, once the
 * view has dealt with it.
 */
public class LimitedUpload extends Upload {

    private final long maxBytes;
    private SerializableConsumer<String> refusedListener = message -> { };

    /** {@code received} runs in the UI with the whole file; it is never called for a file over the limit. */
    public LimitedUpload(int maxBytes, SerializableBiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        setUploadHandler(new Handler(maxBytes, received));
        setMaxFiles(1);
        setMaxFileSize(maxBytes);
        var texts = UploadTexts.forPage();
        setI18n(texts);
        getElement().addEventListener("file-reject", e -> {
            var data = e.getEventData();
            String name = data.get("event.detail.file.name").asString();
            long size = data.get("event.detail.file.size").asLong();
            String error = data.get("event.detail.error").asString();
            if (size > maxBytes) {
                refuse(text(FileSize.tooLarge(name, size, maxBytes)));
            } else if (texts.getError().getIncorrectFileType().equals(error)) {
                refuse(getTranslation("common.upload.refused-kind", name));
            } else {
                refuse(getTranslation("common.upload.refused", name, error));
            }
        }).addEventData("event.detail.file.name").addEventData("event.detail.file.size")
                .addEventData("event.detail.error");
    }

    /** Where the reason for a refused file goes; replaces the previous one. */
    public void onRefused(SerializableConsumer<String> listener) {
        this.refusedListener = listener;
    }

    /** Empties the slot so another file can be chosen, and hands the reason on. */
    public void refuse(String message) {
        clearFileList();
        refusedListener.accept(message);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private String text(Message message) {
        return getTranslation(message.key(), message.args());
    }

    private final class Handler implements UploadHandler {

        /** Room for the multipart headers around the file, when a client sends one that way. */
        private static final long MULTIPART_OVERHEAD = 64 * 1024;

        private final int limit;
        private final SerializableBiConsumer<String, byte[]> received;

        Handler(int limit, SerializableBiConsumer<String, byte[]> received) {
            this.limit = limit;
            this.received = received;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String name = event.getFileName();
            var ui = event.getUI();
            if (event.getFileSize() > limit) {
                refused(event, text(FileSize.tooLarge(name, event.getFileSize(), limit)));
                return;
            }
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(limit + 1);
            }
            if (content.length > limit) {
                refused(event, text(FileSize.tooLarge(name, -1, limit)));
                return;
            }
            ui.access(() -> {
                try {
                    received.accept(name, content);
                } finally {
                    // The view shows what became of the file; the slot is free again (the browser would otherwise
                    // keep the file ticked, grey the label and ignore the next file, as one file is the limit).
                    clearFileList();
                }
            });
        }

        private void refused(UploadEvent event, String message) {
            event.reject(message);
            event.getUI().access(() -> refuse(message));
        }

        @Override
        public long getFileSizeMax() {
            return limit;
        }

        @Override
        public long getRequestSizeMax() {
            return limit + MULTIPART_OVERHEAD;
        }
    }
}

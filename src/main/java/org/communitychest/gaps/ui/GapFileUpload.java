package org.communitychest.gaps.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;

/**
 * The upload of a gap file, streamed as it arrives into the import (which keeps it in a temporary file): a file of
 * a million rows never sits in memory. The slot is emptied once the import has the file, so the next file can be
 * chosen at once.
 */
class GapFileUpload extends Upload {

    /** About ten million rows: far more than a borough's gap figures for many years. */
    static final long MAX_BYTES = 600L * 1024 * 1024;

    GapFileUpload(BiFunction<String, InputStream, Long> start, SerializableConsumer<Long> started,
            SerializableConsumer<RuntimeException> refused) {
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_BYTES));
        setAcceptedFileTypes(".csv", "text/csv");
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                var ui = event.getUI();
                try (InputStream in = event.getInputStream()) {
                    long importId = start.apply(event.getFileName(), in);
                    ui.access(() -> {
                        clearFileList();
                        started.accept(importId);
                    });
                } catch (RuntimeException e) {
                    event.reject(e.getClass().getSimpleName());
                    ui.access(() -> {
                        clearFileList();
                        refused.accept(e);
                    });
                }
            }
        });
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * One large file, handed on as a stream while it arrives (for a file too large for {@link LimitedUpload} to hold
 * in memory, such as a million rows of gap figures): {@code receive} reads it in the upload's request and returns a
 * result, which {@code received} then gets in the UI. The slot is emptied either way, so the next file can be
 * chosen at once; a refusal goes to {@code refused}.
 */
public class StreamingUpload<T> extends Upload {

    /** Reads the file; runs in the upload's request, signed in as the person uploading. */
    @FunctionalInterface
    public interface Receiver<T> {
        T receive(String fileName, InputStream content);
    }

    public StreamingUpload(long maxBytes, Receiver<T> receive, SerializableConsumer<T> received,
            SerializableConsumer<RuntimeException> refused) {
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setI18n(UploadTexts.forPage());
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                var ui = event.getUI();
                try (InputStream in = event.getInputStream()) {
                    T result = receive.receive(event.getFileName(), in);
                    ui.access(() -> {
                        clearFileList();
                        received.accept(result);
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

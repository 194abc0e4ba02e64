package org.communitychest.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a body to an upload's handler as the browser's raw upload does (the file is the request body), from any
 * stream, so a test can send 700 MB without holding it. Then runs the round trip that delivers the result to the
 * page.
 */
public final class StreamedUpload {

    private StreamedUpload() {
    }

    /** {@code declaredLength} is the Content-Length the client sends: -1 for none (chunked), or a lie. */
    public static void send(Upload upload, String fileName, long declaredLength, InputStream body)
            throws IOException {
        var current = (VaadinServletRequest) VaadinRequest.getCurrent();
        HttpServletRequest http = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return new BodyStream(body);
            }

            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }
        };
        var request = new VaadinServletRequest(http, (VaadinServletService) current.getService());
        var event = new UploadEvent(request, VaadinResponse.getCurrent(), VaadinSession.getCurrent(), fileName,
                declaredLength, "application/octet-stream", upload.getElement(), null);
        UploadKt.get_handler(upload).handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);
    }

    /**
     * A body of {@code length} zero bytes made as it is read, that counts what was read; the count may be read on
     * another thread than the one reading the body (an HTTP client sends from its own).
     */
    public static final class CountingBody extends InputStream {

        private final long length;
        private final AtomicLong read = new AtomicLong();

        public CountingBody(long length) {
            this.length = length;
        }

        public long bytesRead() {
            return read.get();
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long position = read.get();
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            Arrays.fill(b, off, off + n, (byte) 0);
            read.addAndGet(n);
            return n;
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final InputStream body;
        private boolean finished;

        BodyStream(InputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = body.read(b, off, len);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}

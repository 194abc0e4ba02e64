package org.communitychest.awards.giving;

import java.io.ByteArrayOutputStream;

/** Output kept in memory that remembers whether it was closed. */
final class CloseRecordingOutput extends ByteArrayOutputStream {

    private boolean closed;

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** Links that download a file made on demand, always as an attachment (never shown inline). */
public final class Downloads {

    private Downloads() {
    }

    public record File(String name, String contentType, byte[] content) {
    }

    public static Anchor link(String text, SerializableSupplier<File> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            File f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.name(), f.contentType(),
                    f.content().length);
        }), text);
        anchor.setDownload(true);
        return anchor;
    }
}

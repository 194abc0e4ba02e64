package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import org.communitychest.applications.DocumentFile;
import org.communitychest.base.ui.Downloads;

/** A download link for an uploaded document, fetched through whichever service checks who may have it. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    static Anchor link(String text, SerializableSupplier<DocumentFile> file) {
        return Downloads.link(text, () -> {
            var f = file.get();
            return new Downloads.File(f.fileName(), f.contentType(), f.content());
        });
    }
}

package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.FormType;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.RequiredDocument;

class DocumentsSection extends VerticalLayout {

    final Map<Long, LimitedUpload> uploads = new LinkedHashMap<>();
    final Map<Long, ErrorText> errors = new LinkedHashMap<>();
    final Checkbox noGoverningDocument = new Checkbox(getTranslation("apply.documents.none"));
    private final ApplicationDrafts drafts;
    private final DraftSaver saver;
    private final Runnable refresh;

    DocumentsSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver, Runnable refresh) {
        this.drafts = drafts;
        this.saver = saver;
        this.refresh = refresh;
        setPadding(false);
        add(new Paragraph(getTranslation("apply.documents.accepted", AllowedFiles.DESCRIPTION)));
        var required = a.requiredDocuments();
        if (required.isEmpty()) {
            add(new Paragraph(getTranslation("apply.documents.none-asked")));
        }
        for (var doc : required) {
            add(block(a, doc));
        }
        if (a.formType() == FormType.SHORT) {
            noGoverningDocument.setValue(a.noGoverningDocument());
            noGoverningDocument.addValueChangeListener(e -> saver.save(version -> drafts.saveNoGoverningDocument(
                    a.id(), version, e.getValue()), Map.of()));
            add(noGoverningDocument);
        }
    }

    private Div block(ApplicationDetails a, RequiredDocument required) {
        // h2: the section's title is the page's h1, and heading levels are not skipped
        var block = new Div(new H2(Texts.of(ApplicationDetails.documentLabel(required.id(), required.label()))));
        block.addClassName("cc-card");
        block.addClassName("cc-document");
        var existing = a.documents().stream()
                .filter(d -> Objects.equals(d.requiredDocumentId(), required.id())).findFirst();
        existing.ifPresent(d -> {
            block.add(new Span(getTranslation("apply.documents.uploaded") + " "),
                    DocumentLinks.link(d.fileName(), () -> drafts.download(a.id(), d.id())),
                    new Span(" (" + d.sizeText() + ")"));
            var remove = new Button(getTranslation("apply.documents.remove"), e -> saver.saveOnce(version -> {
                var result = drafts.removeDocument(a.id(), version, d.id());
                refresh.run();
                return result;
            }, Map.of()));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            block.add(remove);
        });
        var error = new ErrorText();
        Long key = required.id() == null ? -1L : required.id();
        var upload = new LimitedUpload(AllowedFiles.MAX_BYTES,
                (fileName, data) -> store(a, required, fileName, data, error));
        upload.setAcceptedFileTypes(AllowedFiles.ACCEPT.split(","));
        upload.onRefused(message -> {
            error.setErrorMessage(getTranslation("apply.documents.refused", message, AllowedFiles.DESCRIPTION));
            error.setInvalid(true);
        });
        upload.setUploadButton(new Button(getTranslation(existing.isPresent() ? "apply.documents.replace"
                : "apply.documents.choose")));
        uploads.put(key, upload);
        errors.put(key, error);
        block.add(upload, error);
        return block;
    }

    /**
     * Stores the file and shows the page again with it; a refused file keeps the page as it is, with the reason
     * beside the file's row (the saver puts the "document" message there).
     */
    private void store(ApplicationDetails a, RequiredDocument required, String fileName, byte[] data,
            ErrorText error) {
        boolean[] stored = {false};
        saver.saveOnce(version -> {
            var result = drafts.uploadDocument(a.id(), version, required.id(), fileName, data);
            stored[0] = true;
            return result;
        }, Map.of("document", error));
        if (stored[0]) {
            refresh.run();
        }
    }
}

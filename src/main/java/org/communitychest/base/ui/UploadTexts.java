package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Every text Vaadin's upload shows, from the bundles in the page's language, instead of Vaadin's own English
 * ("Upload File...", "Incorrect File Type.").
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The upload's texts in the language of the page being drawn. */
    public static UploadI18N forPage() {
        var ui = UI.getCurrent();
        return of(key -> ui.getTranslation("common.upload." + key));
    }

    static UploadI18N of(java.util.function.UnaryOperator<String> text) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text.apply("add-one")).setMany(text.apply("add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text.apply("drop-one"))
                        .setMany(text.apply("drop-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text.apply("too-many"))
                        .setFileIsTooBig(text.apply("too-big"))
                        .setIncorrectFileType(text.apply("wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text.apply("connecting"))
                                .setStalled(text.apply("stalled")).setProcessing(text.apply("processing"))
                                .setHeld(text.apply("held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text.apply("time-left")).setUnknown(text.apply("time-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text.apply("unreachable"))
                                .setUnexpectedServerError(text.apply("not-received"))
                                .setForbidden(text.apply("forbidden"))
                                .setFileTooLarge(text.apply("too-big"))))
                .setFile(new UploadI18N.File().setRetry(text.apply("retry")).setStart(text.apply("start"))
                        .setRemove(text.apply("remove")));
    }
}

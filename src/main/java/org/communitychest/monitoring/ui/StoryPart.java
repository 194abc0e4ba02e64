package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;

/**
 * One person's story of what the project changed for them, in the group's words, and up to five photos, with the
 * group's word that the people in them agreed to their use.
 */
class StoryPart extends VerticalLayout {

    final TextArea story = new TextArea();
    final Checkbox consent = new Checkbox();
    final ErrorText photoError = new ErrorText();
    LimitedUpload upload;

    StoryPart(ReportDetails report, MyReports reports, DraftSaver saver, Runnable refresh) {
        setPadding(false);
        story.setLabel(getTranslation("monitoring.story.story"));
        story.setHelperText(getTranslation("monitoring.story.story-help"));
        story.setMaxLength(MyReports.LONGEST_TEXT);
        story.setWidthFull();
        story.setValue(report.content().story() == null ? "" : report.content().story());
        TypingGuard.watch(story);
        consent.setLabel(getTranslation("monitoring.story.consent"));
        consent.setValue(report.content().photoConsent());
        Runnable save = () -> saver.save(v -> reports.saveStory(report.id(), v, story.getValue(),
                consent.getValue()), Map.of("story", story));
        story.addValueChangeListener(e -> save.run());
        consent.addValueChangeListener(e -> save.run());

        var photos = new Div(new H2(getTranslation("monitoring.story.photos")),
                new Paragraph(getTranslation("monitoring.story.photos-help", MyReports.MOST_PHOTOS)));
        photos.addClassName("cc-card");
        for (var photo : report.photos()) {
            var remove = new Button(getTranslation("monitoring.story.remove-photo"), e -> {
                saver.saveOnce(v -> reports.removePhoto(report.id(), v, photo.id()), Map.of("photo", photoError));
                refresh.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("monitoring.story.remove-named", // not user text
                    photo.fileName()));
            photos.add(new Div(Downloads.link(photo.fileName(), () -> {
                var file = reports.photo(report.id(), photo.id());
                return new Downloads.File(file.fileName(), file.contentType(), file.content());
            }), new Span(" "), remove));
        }
        if (report.photos().size() < MyReports.MOST_PHOTOS) {
            upload = new LimitedUpload(AllowedFiles.MAX_BYTES, (fileName, data) -> {
                boolean[] stored = {false};
                saver.saveOnce(v -> {
                    var result = reports.addPhoto(report.id(), v, fileName, data);
                    stored[0] = true;
                    return result;
                }, Map.of("photo", photoError));
                if (stored[0]) {
                    refresh.run();
                }
            });
            upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg");
            upload.onRefused(message -> {
                photoError.setErrorMessage(message);
                photoError.setInvalid(true);
            });
            upload.setUploadButton(new Button(getTranslation("monitoring.story.choose-photo")));
            photos.add(upload);
        }
        photos.add(photoError, consent);
        add(story, photos);
    }
}

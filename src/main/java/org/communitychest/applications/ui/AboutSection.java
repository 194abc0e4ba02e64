package org.communitychest.applications.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.FormType;
import org.communitychest.base.ui.TypingGuard;

class AboutSection extends VerticalLayout {

    final TextField projectTitle = new TextField("Project title");
    final TextArea summary = new TextArea("Summary");
    final TextField mediaUrl = new TextField("Or a link to a short video or audio recording");
    final TextArea needStatement = new TextArea("Why is the project needed?");
    final Paragraph wordCount = new Paragraph();

    /** {@code titleSaved} is told the application's name each time a title is stored. */
    AboutSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver, Consumer<String> titleSaved) {
        setPadding(false);
        boolean shortForm = a.formType() == FormType.SHORT;
        int limit = shortForm ? 300 : 500;
        projectTitle.setHelperText("A few words people will recognise, e.g. \"Friday lunch club for older"
                + " neighbours\"");
        projectTitle.setMaxLength(200);
        summary.setHelperText("What you will do, for whom, and what will be different. At most " + limit
                + " words.");
        mediaUrl.setHelperText("If it is easier to tell us than to write it: record up to 3 minutes and paste the"
                + " link (YouTube, Vimeo, Google Drive, Dropbox…)");
        needStatement.setHelperText("What have you seen or heard that shows people need this?");
        projectTitle.setValue(nullToEmpty(a.projectTitle()));
        summary.setValue(nullToEmpty(a.summary()));
        mediaUrl.setValue(nullToEmpty(a.summaryMediaUrl()));
        needStatement.setValue(nullToEmpty(a.needStatement()));
        wordCount.addClassName("cc-hint");
        Map<String, HasValidation> fields = Map.of("projectTitle", projectTitle, "summary", summary,
                "summaryMediaUrl", mediaUrl, "needStatement", needStatement);
        for (var field : java.util.List.of(projectTitle, mediaUrl)) {
            field.setWidthFull();
            TypingGuard.watch(field);
        }
        for (var field : java.util.List.of(summary, needStatement)) {
            field.setWidthFull();
            TypingGuard.watch(field);
        }
        Runnable save = () -> saver.save(version -> {
            String title = projectTitle.getValue();
            var result = drafts.saveAbout(a.id(), version, new Answers.About(title, summary.getValue(),
                    mediaUrl.getValue(), shortForm ? null : needStatement.getValue()));
            if (!result.errors().containsKey("projectTitle")) {
                titleSaved.accept(ApplicationDetails.displayTitle(title));
            }
            return result;
        }, fields);
        projectTitle.addValueChangeListener(e -> save.run());
        summary.addValueChangeListener(e -> {
            countWords(limit);
            save.run();
        });
        mediaUrl.addValueChangeListener(e -> save.run());
        needStatement.addValueChangeListener(e -> save.run());
        countWords(limit);
        add(projectTitle, summary, wordCount);
        if (shortForm) {
            add(mediaUrl);
        } else {
            add(needStatement);
        }
    }

    private void countWords(int limit) {
        String text = summary.getValue().trim();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        wordCount.setText(words + " of " + limit + " words" + (words > limit ? " — " + (words - limit)
                + " too many" : ""));
        wordCount.setClassName(words > limit ? "cc-warning" : "cc-hint");
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

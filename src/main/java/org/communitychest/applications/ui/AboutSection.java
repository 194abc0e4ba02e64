package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.FormType;
import org.communitychest.base.ui.TypingGuard;

class AboutSection extends VerticalLayout {

    final TextField projectTitle = new TextField(getTranslation("apply.about.title"));
    final TextArea summary = new TextArea(getTranslation("apply.about.summary"));
    final TextField mediaUrl = new TextField(getTranslation("apply.about.media-url"));
    final TextArea needStatement = new TextArea(getTranslation("apply.about.need"));
    final Paragraph wordCount = new Paragraph();

    /** {@code titleSaved} is told the application's name each time a title is stored. */
    AboutSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver, Consumer<String> titleSaved) {
        setPadding(false);
        boolean shortForm = a.formType() == FormType.SHORT;
        int limit = shortForm ? 300 : 500;
        projectTitle.setHelperText(getTranslation("apply.about.title-help"));
        projectTitle.setMaxLength(200);
        summary.setHelperText(getTranslation("apply.about.summary-help", limit));
        mediaUrl.setHelperText(getTranslation("apply.about.media-url-help"));
        needStatement.setHelperText(getTranslation("apply.about.need-help"));
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
                titleSaved.accept(Texts.of(ApplicationDetails.displayTitle(title)));
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
        wordCount.setText(words > limit ? getTranslation("apply.about.words-too-many", words, limit, words - limit)
                : getTranslation("apply.about.words", words, limit));
        wordCount.setClassName(words > limit ? "cc-warning" : "cc-hint");
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package org.communitychest.applications.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.LongFunction;
import org.communitychest.applications.SaveResult;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;

/**
 * Saves a draft section after each change, tracking the version so a colleague's changes are never
 * overwritten. Shows "Saved at…", puts a rule's message beside its field, and on a conflict stops saving
 * and offers a reload while the typed text stays on screen.
 */
class DraftSaver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a");

    final Span status = new Span();
    final Div conflict = new Div();
    private long version;
    private boolean stopped;
    private Runnable afterSave = () -> {
    };

    DraftSaver(long version, Runnable reload) {
        this.version = version;
        status.addClassName("cc-save-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setText("Changes are saved as you type");
        conflict.addClassName("cc-alert");
        conflict.setVisible(false);
        var reloadButton = new Button("Reload the page", e -> reload.run());
        conflict.add(new Span(""), reloadButton);
    }

    void afterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    long version() {
        return version;
    }

    /** Saves with the current version and shows the messages of any field that was not saved. */
    void save(LongFunction<SaveResult> save, Map<String, ? extends HasValidation> fields) {
        if (stopped) {
            return;
        }
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            SaveResult result = save.apply(version);
            version = result.version();
            result.errors().forEach((name, message) -> {
                var field = fields.get(name);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            status.setText(result.allSaved() ? "Saved at " + TIME.format(London.toLocal(result.savedAt()))
                    .toLowerCase() : "Not everything is saved: please correct the answer marked in red");
            afterSave.run();
        } catch (InvalidInputException ex) {
            if (ex.messageFor("version") != null) {
                stopped = true;
                ((Span) conflict.getComponentAt(0)).setText(ex.messageFor("version") + " ");
                conflict.setVisible(true);
                status.setText("Not saved");
            } else {
                status.setText("Not saved: " + String.join(" ", ex.fieldErrors().values()));
                ex.fieldErrors().forEach((name, message) -> {
                    var field = fields.get(name);
                    if (field != null) {
                        field.setErrorMessage(message);
                        field.setInvalid(true);
                    }
                });
            }
        }
    }
}

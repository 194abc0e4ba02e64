package org.communitychest.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.communitychest.base.Message;
import org.communitychest.base.SaveResult;
import org.communitychest.base.DatabaseUnreachable;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;

/**
 * Saves a draft section after each change, tracking the version so a colleague's changes are never
 * overwritten. Shows "Saved at…", puts a rule's message beside its field, and on a conflict stops saving
 * and offers a reload while the typed text stays on screen.
 *
 * <p>While the database cannot be reached, a change is kept as a pending save and the status line says it is not
 * saved yet. Pending saves are tried again, in order, on the next change, on a poll of the page every few seconds
 * and before the page is left; the status line says "Saved at…" only once they are stored.
 */
public class DraftSaver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("h:mm:ss a", Locale.UK); // not user text: pattern
    public static final int RETRY_EVERY_MILLIS = 10_000;
    public static final String NOT_SAVED_BESIDE = "apply.saver.not-saved-beside";

    public final Span status = new Span();
    public final Div conflict = new Div();
    private final Map<Set<String>, PendingSave> pending = new LinkedHashMap<>();
    private long version;
    private boolean stopped;
    private Runnable afterSave = () -> {
    };
    private UI ui;
    private Registration pollRegistration;
    private final Set<HasValidation> refusedFields = new HashSet<>();
    private boolean warning;

    public DraftSaver(long version, Runnable reload) {
        this.version = version;
        status.addClassName("cc-save-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setText(status.getTranslation("apply.saver.saved-as-you-type"));
        conflict.addClassName("cc-alert");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        var reloadButton = new Button(status.getTranslation("apply.saver.reload"), e -> reload.run());
        conflict.add(new Span(""), reloadButton);
        status.addAttachListener(e -> {
            ui = e.getUI();
            pollRegistration = ui.addPollListener(poll -> {
                if (hasPending()) {
                    retryPending();
                }
            });
        });
        status.addDetachListener(e -> {
            pollRegistration.remove();
            stopRetrying();
            ui = null;
        });
    }

    public void afterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    public long version() {
        return version;
    }

    /**
     * Saves with the current version and shows the messages of any field that was not saved. The save reads the
     * fields when it runs; while the database is away it is kept, replacing an earlier save of the same fields.
     */
    public void save(LongFunction<SaveResult> save, Map<String, ? extends HasValidation> fields) {
        if (stopped) {
            return;
        }
        Set<String> key = Set.copyOf(fields.keySet());
        pending.remove(key);
        pending.put(key, new PendingSave(save, fields));
        retryPending();
    }

    /** A step that is not kept to try again (an upload, a removal): while the database is away, says it failed. */
    public void saveOnce(LongFunction<SaveResult> save, Map<String, ? extends HasValidation> fields) {
        if (stopped) {
            return;
        }
        if (!attempt(save, fields)) {
            fields.values().forEach(f -> {
                f.setErrorMessage(DatabaseMessages.notSaved());
                f.setInvalid(true);
            });
            status.setText(hasPending() ? DatabaseMessages.draftPending() : DatabaseMessages.notSaved());
            status.addClassName("cc-warning");
        }
    }

    /** The page itself refused what was typed (beside the field) and sent nothing: the typed text is not stored. */
    public void refusedOnThePage(HasValidation... fields) {
        status.removeClassName("cc-warning");
        status.setText(text(NOT_SAVED_BESIDE));
        refusedFields.addAll(java.util.List.of(fields));
        warnBeforeLeaving();
    }

    /**
     * Before the page is left: changes not saved yet are tried once more; if they still fail, the person decides in
     * the dialog this returns (stay, or leave without them), and the navigation waits. {@code null} when nothing
     * stands in the way.
     */
    public ConfirmDialog confirmLeaving(BeforeLeaveEvent event) {
        if (!hasPending() || retryPending()) {
            return null;
        }
        var leave = event.postpone();
        var target = event.getLocation();
        var dialog = ConfirmDialogs.of(DatabaseMessages.leaveHeading(), DatabaseMessages.leaveText(),
                text("apply.section-page.stay"), e -> leave.cancel());
        dialog.addCancelListener(e -> leave.cancel());
        dialog.setRejectable(true);
        dialog.setRejectText(text("apply.section-page.leave"));
        dialog.addRejectListener(e -> {
            // A fresh navigation, so that a page that cannot open during the outage gets the outage page.
            discardPending();
            leave.cancel();
            status.getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
        });
        dialog.open();
        return dialog;
    }

    /** The person chose to leave without the changes that could not be saved. */
    public void discardPending() {
        pending.clear();
        stopRetrying();
        warnBeforeLeaving();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Tries the pending saves in order; returns false if the database is still away and some are kept. */
    public boolean retryPending() {
        while (!pending.isEmpty() && !stopped) {
            var next = pending.entrySet().iterator().next();
            if (!attempt(next.getValue().save(), next.getValue().fields())) {
                status.setText(DatabaseMessages.draftPending());
                status.addClassName("cc-warning");
                startRetrying();
                warnBeforeLeaving();
                return false;
            }
            pending.remove(next.getKey(), next.getValue());
        }
        pending.clear();
        stopRetrying();
        warnBeforeLeaving();
        return true;
    }

    /** One save; false only when the database could not be reached (nothing was stored). */
    private boolean attempt(LongFunction<SaveResult> save, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        refusedFields.removeAll(fields.values());
        SaveResult result;
        try {
            result = save.apply(version);
        } catch (InvalidInputException ex) {
            refused(ex, fields);
            return true;
        } catch (RuntimeException ex) {
            if (DatabaseUnreachable.causedBy(ex)) {
                return false;
            }
            throw ex;
        }
        version = result.version();
        var messages = new LinkedHashMap<String, Message>(result.needed());
        messages.putAll(result.errors());
        String unclaimed = FieldErrors.show(messages, fields);
        result.errors().keySet().stream().map(fields::get).filter(java.util.Objects::nonNull)
                .forEach(refusedFields::add);
        status.removeClassName("cc-warning");
        String savedAt = TIME.format(London.toLocal(result.savedAt())).toLowerCase(Locale.UK);
        if (!result.allSaved()) {
            status.setText(unclaimed.isEmpty() ? text("apply.saver.not-everything-saved")
                    : text("apply.saver.not-everything-saved-because", unclaimed));
        } else {
            status.setText(text(result.needed().isEmpty() ? "apply.saver.saved-at" : "apply.saver.saved-at-needed",
                    savedAt));
        }
        try {
            afterSave.run();
        } catch (RuntimeException ex) {
            // The change is stored; what the page shows beside it is brought up to date by the next save.
            if (!DatabaseUnreachable.causedBy(ex)) {
                throw ex;
            }
        }
        return true;
    }

    private void refused(InvalidInputException ex, Map<String, ? extends HasValidation> fields) {
        status.removeClassName("cc-warning");
        if (ex.messageFor("version") != null) {
            stopped = true;
            pending.clear();
            stopRetrying();
            ((Span) conflict.getComponentAt(0)).setText(Texts.of(ex.messageFor("version")) + " ");
            conflict.setVisible(true);
            status.setText(text("apply.saver.not-saved"));
        } else {
            boolean allBesideTheirFields = fields.keySet().containsAll(ex.fieldErrors().keySet());
            status.setText(allBesideTheirFields ? text(NOT_SAVED_BESIDE)
                    : text("apply.saver.not-saved-because", Texts.joined(ex.fieldErrors().values())));
            FieldErrors.show(ex, fields);
            ex.fieldErrors().keySet().stream().map(fields::get).filter(java.util.Objects::nonNull)
                    .forEach(refusedFields::add);
        }
    }

    private String text(String key, Object... args) {
        return status.getTranslation(key, args);
    }

    /** Polls the page so the pending saves are tried again, and asks the browser to warn before the tab closes. */
    private void startRetrying() {
        if (ui != null && ui.getPollInterval() != RETRY_EVERY_MILLIS) {
            ui.setPollInterval(RETRY_EVERY_MILLIS);
        }
    }

    private void stopRetrying() {
        if (ui != null && ui.getPollInterval() == RETRY_EVERY_MILLIS) {
            ui.setPollInterval(-1);
        }
    }

    /**
     * The browser warns before the page is left while something typed is not stored: a save kept while the
     * database is away, or a value refused beside its field.
     */
    private void warnBeforeLeaving() {
        refusedFields.removeIf(f -> f instanceof com.vaadin.flow.component.Component c && !c.isAttached());
        boolean unsaved = hasPending() || !refusedFields.isEmpty();
        if (ui != null && unsaved != warning) {
            warning = unsaved;
            TypingGuard.pending(ui, unsaved);
        }
    }

    private record PendingSave(LongFunction<SaveResult> save, Map<String, ? extends HasValidation> fields) {
    }
}

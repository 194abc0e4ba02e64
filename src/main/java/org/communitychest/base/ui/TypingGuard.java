package org.communitychest.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Keeps what a person types from being lost between the keyboard and the server. A watched field sends its value
 * the moment the person pauses ({@link #PAUSE_MILLIS}) or leaves it, and the browser warns before the page is
 * reloaded or closed while any watched field holds text the server has not yet received, or while the page says a
 * save is pending ({@link #pending}). The check runs in the browser because only the browser knows what was typed
 * in the last fraction of a second; the server clears a field's mark once it holds the same text.
 */
public final class TypingGuard {

    /** The pause in typing after which a field's value is sent. */
    public static final int PAUSE_MILLIS = 300;

    static final String INSTALL = """
            if (!window.ccGuard) {
              window.ccGuard = { typed: new Set(), pending: false };
              document.addEventListener('input', e => {
                const field = e.composedPath().find(n => n.hasAttribute && n.hasAttribute('data-cc-typing-guard'));
                if (field) { window.ccGuard.typed.add(field); }
              }, true);
              window.addEventListener('beforeunload', e => {
                if (window.ccGuard.pending || [...window.ccGuard.typed].some(f => f.isConnected)) {
                  e.preventDefault();
                  e.returnValue = '';
                }
              });
            }""";
    static final String VALUE_IN_BROWSER = "element.value"; // not user text
    static final String RECEIVED = "if (window.ccGuard && this.value === $0) { window.ccGuard.typed.delete(this); }";

    private TypingGuard() {
    }

    /** Sends the field's value on a pause in typing and on leaving it, and warns before leaving until it is sent. */
    public static <F extends Component & HasValueChangeMode> void watch(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        field.getElement().setAttribute("data-cc-typing-guard", true);
        // The value travels in the change event itself: a property synchronised on "change" still waits for the
        // LAZY timer, so a link followed straight after leaving the field would outrun it (vaadin/flow-components
        // #6265) and the page would be gone before the text arrived.
        field.getElement().addEventListener("change", e -> {
            var sent = e.getEventData().get(VALUE_IN_BROWSER);
            if (sent != null && sent.isString()
                    && !sent.asString().equals(field.getElement().getProperty("value", ""))) {
                field.getElement().setProperty("value", sent.asString());
            }
        }).addEventData(VALUE_IN_BROWSER);
        field.addAttachListener(e -> installOnce(e.getUI()));
        field.getElement().addPropertyChangeListener("value", e -> field.getElement().executeJs(RECEIVED,
                field.getElement().getProperty("value", "")));
    }

    /** One install per page, however many fields it watches. */
    private static void installOnce(UI ui) {
        if (ComponentUtil.getData(ui, TypingGuard.class) == null) {
            ComponentUtil.setData(ui, TypingGuard.class, new TypingGuard());
            ui.getPage().executeJs(INSTALL);
        }
    }

    /** Whether the browser warns before leaving because the page holds changes it could not save yet. */
    public static void pending(UI ui, boolean pending) {
        ui.getPage().executeJs(INSTALL + "\nwindow.ccGuard.pending = $0;", pending);
    }
}

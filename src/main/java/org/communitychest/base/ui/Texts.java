package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.stream.Collectors;
import org.communitychest.base.Message;

/** Translates a {@link Message} from a service into the language of the page being drawn. */
public final class Texts {

    private Texts() {
    }

    public static String of(Message message) {
        if (message == null) {
            return null;
        }
        if (message.isVerbatim()) {
            return String.valueOf(message.args()[0]);
        }
        return UI.getCurrent().getTranslation(message.key(), message.args());
    }

    /** The messages translated and joined as sentences. */
    public static String joined(Collection<Message> messages) {
        return messages.stream().map(Texts::of).collect(Collectors.joining(" "));
    }
}

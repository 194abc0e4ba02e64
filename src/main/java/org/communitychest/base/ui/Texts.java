package org.communitychest.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
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

    /**
     * A message translated as a sentence: its first letter a capital, for a message that starts with a value
     * written to go inside a sentence ("a receipt to …").
     */
    public static String sentence(Message message) {
        String text = of(message);
        return text == null || text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(UI.getCurrent().getLocale()) + text.substring(1);
    }

    /** The messages translated and joined as sentences. */
    public static String joined(Collection<Message> messages) {
        return messages.stream().map(Texts::of).collect(Collectors.joining(" "));
    }

    /**
     * A paragraph whose translation holds a link at its {0}: the words around the link stay in the order the
     * language puts them.
     */
    public static Paragraph withLink(String key, String href, String linkText) {
        String mark = "\uE000"; // not user text
        String[] around = UI.getCurrent().getTranslation(key, mark).split(mark, -1);
        var paragraph = new Paragraph(new Text(around[0]), new Anchor(href, linkText));
        if (around.length > 1) {
            paragraph.add(new Text(around[1]));
        }
        return paragraph;
    }
}

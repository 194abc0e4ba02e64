package org.communitychest.awards.ui;

import com.vaadin.flow.component.html.Span;
import org.communitychest.awards.GrantStatus;
import org.communitychest.base.ui.Texts;

/** A grant's status as a coloured tag. */
final class StatusTag {

    private StatusTag() {
    }

    static Span of(GrantStatus status) {
        var tag = new Span(Texts.of(status.label()));
        tag.addClassNames("cc-tag", "cc-grant-" + status.cssName());
        return tag;
    }
}

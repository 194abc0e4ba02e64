package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.communitychest.base.RecordNotFoundException;

/** "Not found" for a record that is missing or belongs to someone else: the two look the same. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<RecordNotFoundException> {

    public NotFoundView() {
        addClassName("cc-page");
        add(new H1("Not found"),
                new Paragraph("We could not find that page or record. It may have been removed, or the link may be wrong."),
                new Anchor("", "Go to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

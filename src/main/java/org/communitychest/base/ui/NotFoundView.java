package org.communitychest.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.communitychest.base.RecordNotFoundException;

/** The page for a record that is missing or belongs to someone else: the two look the same. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<RecordNotFoundException> {

    static final String HEADING = "common.error.not-found.heading";
    static final String EXPLANATION = "common.error.not-found.text";

    public NotFoundView() {
        super(HEADING, EXPLANATION);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package org.communitychest.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The same "Not found" page for an address no page has, or one whose id is not a number ({@code
 * /applications/abc}: the routes only match digits), instead of Vaadin's list of routes.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NoSuchPageView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NoSuchPageView() {
        super(NotFoundView.HEADING, NotFoundView.EXPLANATION);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

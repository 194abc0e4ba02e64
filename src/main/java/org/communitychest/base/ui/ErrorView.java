package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.communitychest.base.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when a page could not be opened for a reason no other error page covers: plain words and a way
 * on, never a stack trace. When the database cannot be reached it says so (503), so the person knows to come back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    final H1 heading = new H1();
    final Paragraph text = new Paragraph();
    final Anchor retry = new Anchor();

    public ErrorView() {
        addClassName("cc-page");
        add(heading, text, retry, new Anchor("", getTranslation("common.error.home-link")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = event.getLocation().getPathWithQueryParameters();
        retry.setHref(path);
        retry.setText(getTranslation("common.error.try-again"));
        if (DatabaseUnreachable.causedBy(parameter.getException())) {
            log.warn("Database unreachable opening /{}: {}", path, parameter.getException().toString());
            heading.setText(getTranslation("common.database.page-heading"));
            text.setText(getTranslation("common.database.page-text"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open /{}", path, parameter.getException());
        heading.setText(getTranslation("common.error.failed.heading"));
        text.setText(getTranslation("common.error.failed.text"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("common.page-title", heading.getText());
    }
}

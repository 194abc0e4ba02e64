package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.Section;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;

/** One section of the form, saved as the applicant types. */
@Route("applications/:applicationId" + RouteId.PATTERN + "/section/:section")
@RolesAllowed("APPLICANT")
class SectionView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ApplicationDrafts drafts;
    private final NeedCategories needCategories;
    private final Areas areas;
    Component editor;
    Span applicationTitle;
    DraftSaver saver;
    ConfirmDialog leaveDialog;

    SectionView(ApplicationDrafts drafts, NeedCategories needCategories, Areas areas) {
        this.drafts = drafts;
        this.needCategories = needCategories;
        this.areas = areas;
        addClassName("cc-page");
        addClassName("cc-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        Section section;
        try {
            section = Section.fromSlug(event.getRouteParameters().get("section").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Section");
        }
        var application = drafts.get(id);
        if (!application.isDraft() || !Section.of(application.formType()).contains(section)) {
            event.forwardTo(ApplicationsNavigation.taskList(id));
            return;
        }
        show(application, section);
    }

    /** Changes that could not be saved yet are tried once more; if they still fail, the person decides. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saver != null) {
            leaveDialog = saver.confirmLeaving(event);
        }
    }

    private void show(ApplicationDetails a, Section section) {
        removeAll();
        // A budget line's three fields need more room than a column of questions.
        setClassName("cc-wide-form-page", section == Section.BUDGET);
        saver = new DraftSaver(a.version(), () -> getUI().ifPresent(ui -> ui.getPage().reload()));
        Runnable refresh = () -> show(drafts.get(a.id()), section);
        applicationTitle = new Span(Texts.of(a.displayTitle()));
        editor = switch (section) {
            case ABOUT -> new AboutSection(a, drafts, saver, applicationTitle::setText);
            case WHO -> new WhoSection(a, drafts, needCategories, areas, saver);
            case ACTIVITIES -> new ActivitiesSection(a, drafts, saver);
            case BUDGET -> new BudgetSection(a, drafts, saver);
            case DOCUMENTS -> new DocumentsSection(a, drafts, saver, refresh);
            case DECLARATIONS -> new DeclarationsSection(a, drafts, saver);
        };
        var back = new Anchor(ApplicationsNavigation.taskList(a.id()), getTranslation("apply.back-to-application"));
        var sections = Section.of(a.formType());
        int index = sections.indexOf(section);
        var footer = new Div();
        footer.addClassName("cc-section-footer");
        if (index + 1 < sections.size()) {
            var next = sections.get(index + 1);
            var nextLink = new Anchor(ApplicationsNavigation.section(a.id(), next),
                    getTranslation("apply.section-page.next", next.label()));
            nextLink.addClassName("cc-button-link");
            footer.add(nextLink);
        } else {
            var check = new Anchor(ApplicationsNavigation.check(a.id()), getTranslation("apply.section-page.check"));
            check.addClassName("cc-button-link");
            footer.add(check);
        }
        footer.add(new Anchor(ApplicationsNavigation.taskList(a.id()), getTranslation("apply.section-page.task-list")));
        add(back, applicationTitle, new H1(Texts.of(section.label())), saver.conflict, editor,
                saver.status, footer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.task-list.page-title");
    }
}

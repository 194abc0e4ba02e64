package org.communitychest.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.Section;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;

/** One section of the form, saved as the applicant types. */
@Route("applications/:applicationId" + RouteId.PATTERN + "/section/:section")
@PageTitle("Your application · Community Chest")
@RolesAllowed("APPLICANT")
class SectionView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationDrafts drafts;
    private final NeedCategories needCategories;
    private final Areas areas;
    Component editor;
    DraftSaver saver;

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

    private void show(ApplicationDetails a, Section section) {
        removeAll();
        saver = new DraftSaver(a.version(), () -> getUI().ifPresent(ui -> ui.getPage().reload()));
        Runnable refresh = () -> show(drafts.get(a.id()), section);
        editor = switch (section) {
            case ABOUT -> new AboutSection(a, drafts, saver);
            case WHO -> new WhoSection(a, drafts, needCategories, areas, saver);
            case ACTIVITIES -> new ActivitiesSection(a, drafts, saver);
            case BUDGET -> new BudgetSection(a, drafts, saver);
            case DOCUMENTS -> new DocumentsSection(a, drafts, saver, refresh);
            case DECLARATIONS -> new DeclarationsSection(a, drafts, saver);
        };
        var back = new Anchor(ApplicationsNavigation.taskList(a.id()), "Back to your application");
        var sections = Section.of(a.formType());
        int index = sections.indexOf(section);
        var footer = new Div();
        footer.addClassName("cc-section-footer");
        if (index + 1 < sections.size()) {
            var next = sections.get(index + 1);
            var nextLink = new Anchor(ApplicationsNavigation.section(a.id(), next), "Next: " + next.label());
            nextLink.addClassName("cc-button-link");
            footer.add(nextLink);
        } else {
            var check = new Anchor(ApplicationsNavigation.check(a.id()), "Check your answers");
            check.addClassName("cc-button-link");
            footer.add(check);
        }
        footer.add(new Anchor(ApplicationsNavigation.taskList(a.id()), "Return to the task list"));
        add(back, new Span(a.displayTitle()), new H1(section.label()), saver.conflict, editor, saver.status, footer);
    }
}

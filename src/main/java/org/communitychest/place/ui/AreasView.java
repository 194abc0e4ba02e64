package org.communitychest.place.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.communitychest.base.ui.ExampleFile;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.AreaImportResult;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;

@Route("admin/areas")
@RolesAllowed("ADMIN")
class AreasView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The file format, which stays as it is in every language. */
    private static final String EXAMPLE = "area_type,area_code,name,parent_code,imd_decile\n" // not user text
            + "WARD,E05009336,Whitechapel,E09000030,2";

    final Grid<AreaInfo> grid = new Grid<>();
    final LimitedUpload upload;
    final Div result = new Div();
    private final Areas areas;

    AreasView(Areas areas) {
        this.areas = areas;
        addClassName("cc-page");
        upload = new LimitedUpload(MAX_BYTES, (fileName, data) -> show(areas.importCsv(new ByteArrayInputStream(data))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("staff.place.areas.drop")));
        upload.onRefused(this::showRefused);
        result.addClassName("cc-import-result");
        result.getElement().setAttribute("aria-live", "polite");

        grid.addColumn(AreaInfo::name).setHeader(getTranslation("staff.place.areas.name")).setAutoWidth(true)
                .setSortProperty("name");
        grid.addColumn(a -> Texts.of(a.type().label())).setHeader(getTranslation("staff.place.areas.type"))
                .setAutoWidth(true).setSortProperty("type");
        grid.addColumn(AreaInfo::code).setHeader(getTranslation("staff.place.areas.code")).setAutoWidth(true);
        grid.addColumn(AreaInfo::parentCode).setHeader(getTranslation("staff.place.areas.parent")).setAutoWidth(true);
        grid.addColumn(a -> a.imdDecile() == null ? "" : String.valueOf(a.imdDecile()))
                .setHeader(getTranslation("staff.place.areas.imd-decile"));
        grid.setAllRowsVisible(false);
        grid.setHeight("480px");
        grid.setItems(query -> areas.pageOfMyPartnership(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) areas.countOfMyPartnership());

        add(new H1(getTranslation("staff.place.areas.title")),
                new Paragraph(getTranslation("staff.place.areas.intro")),
                new ExampleFile(EXAMPLE),
                upload, result, new H2(getTranslation("staff.place.areas.yours")), grid);
    }

    private void showRefused(String message) {
        result.removeAll();
        result.setClassName("cc-alert");
        result.add(new Paragraph(getTranslation("staff.place.areas.refused", message)));
    }

    void show(AreaImportResult outcome) {
        result.removeAll();
        if (outcome.succeeded()) {
            result.add(new Paragraph(getTranslation("staff.place.areas.imported", outcome.added(), outcome.updated())));
            result.setClassName("cc-alert cc-alert-success"); // not user text: CSS classes
            grid.getDataProvider().refreshAll();
        } else {
            result.setClassName("cc-alert");
            result.add(new Paragraph(getTranslation("staff.place.areas.nothing-imported")));
            var list = new UnorderedList();
            outcome.problems().forEach(p -> list.add(new ListItem(Texts.of(p.message()))));
            result.add(list);
        }
        outcome.warnings().forEach(w -> result.add(new Paragraph(Texts.of(w))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.place.areas.page-title");
    }
}

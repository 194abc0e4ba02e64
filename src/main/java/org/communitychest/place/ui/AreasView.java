package org.communitychest.place.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.place.AreaImportResult;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;

@Route("admin/areas")
@PageTitle("Areas · Community Chest")
@RolesAllowed("ADMIN")
class AreasView extends VerticalLayout {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    final Grid<AreaInfo> grid = new Grid<>();
    final LimitedUpload upload;
    final Div result = new Div();
    private final Areas areas;

    AreasView(Areas areas) {
        this.areas = areas;
        addClassName("cc-page");
        upload = new LimitedUpload(MAX_BYTES, (fileName, data) -> show(areas.importCsv(new ByteArrayInputStream(data))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop an areas CSV file here"));
        upload.onRefused(this::showRefused);
        result.addClassName("cc-import-result");

        grid.addColumn(AreaInfo::name).setHeader("Name").setAutoWidth(true).setSortProperty("name");
        grid.addColumn(a -> a.type().label()).setHeader("Type").setAutoWidth(true).setSortProperty("type");
        grid.addColumn(AreaInfo::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(AreaInfo::parentCode).setHeader("Parent").setAutoWidth(true);
        grid.addColumn(a -> a.imdDecile() == null ? "" : String.valueOf(a.imdDecile())).setHeader("IMD decile");
        grid.setAllRowsVisible(false);
        grid.setHeight("480px");
        grid.setItems(query -> areas.pageOfMyPartnership(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) areas.countOfMyPartnership());

        add(new H1("Areas"),
                new Paragraph("Wards, LSOAs, primary care networks and neighbourhoods your partnership works in."
                        + " Import a CSV file to add areas or update them: a file with any bad row changes nothing,"
                        + " and every bad row is listed."),
                new Pre("area_type,area_code,name,parent_code,imd_decile\n"
                        + "WARD,E05009336,Whitechapel,E09000030,2"),
                upload, result, new H2("Your areas"), grid);
    }

    private void showRefused(String message) {
        result.removeAll();
        result.setClassName("cc-alert");
        result.add(new Paragraph(message + " Nothing was imported."));
    }

    void show(AreaImportResult outcome) {
        result.removeAll();
        if (outcome.succeeded()) {
            result.add(new Paragraph("Imported: " + outcome.added() + " added, " + outcome.updated() + " updated."));
            result.setClassName("cc-alert cc-alert-success");
            grid.getDataProvider().refreshAll();
        } else {
            result.setClassName("cc-alert");
            result.add(new Paragraph("Nothing was imported. Please correct these rows and upload the file again:"));
            var list = new UnorderedList();
            outcome.problems().forEach(p -> list.add(new ListItem(p.toString())));
            result.add(list);
        }
        outcome.warnings().forEach(w -> result.add(new Paragraph(w)));
    }
}

package org.communitychest.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.communitychest.base.FileSize;
import org.communitychest.base.London;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.ExampleFile;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.AreaImportResult;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaMap;
import org.communitychest.place.AreaMapStatus;
import org.communitychest.place.AreaMapUploadResult;
import org.communitychest.place.AreaMaps;
import org.communitychest.place.Areas;

@Route("admin/areas")
@RolesAllowed("ADMIN")
class AreasView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The file format, which stays as it is in every language. */
    private static final String EXAMPLE = "area_type,area_code,name,parent_code,imd_decile\n" // not user text
            + "WARD,E05009336,Whitechapel,E09000030,2";
    /** A HexJSON layout as the format writes it, which stays as it is in every language. */
    private static final String HEXJSON_EXAMPLE = "{\"layout\": \"odd-r\", \"hexes\": {\n" // not user text
            + "  \"E05009336\": {\"q\": 1, \"r\": 3, \"n\": \"Whitechapel\"}\n}}"; // not user text: the format

    final Grid<AreaInfo> grid = new Grid<>();
    final LimitedUpload upload;
    final Div result = new Div();
    final LimitedUpload boundariesUpload;
    final Div boundariesResult = new Div();
    final LimitedUpload hexJsonUpload;
    final Div hexJsonResult = new Div();
    final Paragraph mapStatus = new Paragraph();
    final Button removeShapes = new Button();
    private final AreaMaps areaMaps;

    AreasView(Areas areas, AreaMaps areaMaps) {
        this.areaMaps = areaMaps;
        addClassName("cc-page");
        upload = new LimitedUpload(MAX_BYTES, (fileName, data) -> show(areas.importCsv(new ByteArrayInputStream(data))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("staff.place.areas.drop")));
        upload.onRefused(this::showRefused);
        result.addClassName("cc-import-result");
        result.getElement().setAttribute("aria-live", "polite");

        boundariesUpload = new LimitedUpload(AreaMaps.MAX_BOUNDARY_BYTES,
                (fileName, data) -> showMapUpload(boundariesResult, areaMaps.uploadBoundaries(fileName, data)));
        boundariesUpload.setAcceptedFileTypes(".geojson", ".json"); // not user text: file types
        boundariesUpload.setDropLabel(new Span(getTranslation("staff.place.map.boundaries.drop")));
        boundariesUpload.onRefused(message -> showMapRefused(boundariesResult, message));
        hexJsonUpload = new LimitedUpload(AreaMaps.MAX_HEXJSON_BYTES,
                (fileName, data) -> showMapUpload(hexJsonResult, areaMaps.uploadHexJson(fileName, data)));
        hexJsonUpload.setAcceptedFileTypes(".hexjson", ".json"); // not user text: file types
        hexJsonUpload.setDropLabel(new Span(getTranslation("staff.place.map.hexjson.drop")));
        hexJsonUpload.onRefused(message -> showMapRefused(hexJsonResult, message));
        for (Div mapResult : new Div[] {boundariesResult, hexJsonResult}) {
            mapResult.addClassName("cc-import-result");
            mapResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
            mapResult.setVisible(false);
        }
        removeShapes.setText(getTranslation("staff.place.map.remove"));
        removeShapes.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        removeShapes.addClickListener(e -> confirmRemoval());
        var mapStatusBox = new Div(mapStatus, removeShapes);
        mapStatusBox.setClassName("cc-alert cc-alert-info"); // not user text: CSS classes

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
                upload, result,
                new H2(getTranslation("staff.place.map.title")),
                new Paragraph(getTranslation("staff.place.map.intro")), mapStatusBox,
                new Paragraph(getTranslation("staff.place.map.boundaries-help",
                        FileSize.text(AreaMaps.MAX_BOUNDARY_BYTES))),
                boundariesUpload, boundariesResult,
                new Paragraph(getTranslation("staff.place.map.hexjson-help",
                        FileSize.text(AreaMaps.MAX_HEXJSON_BYTES))),
                new ExampleFile(HEXJSON_EXAMPLE, "HexJSON"), hexJsonUpload, hexJsonResult, // not user text: a format's name
                new H2(getTranslation("staff.place.areas.yours")), grid);
        showMapStatus();
    }

    private void showMapUpload(Div target, AreaMapUploadResult outcome) {
        clearMapResults();
        target.setVisible(true);
        if (outcome.succeeded()) {
            AreaMapStatus saved = outcome.saved();
            String size = FileSize.text(saved.bytes());
            target.add(new Paragraph(saved.kind() == AreaMap.Kind.BOUNDARIES
                    ? getTranslation("staff.place.map.boundaries-saved", saved.areas(), saved.codeProperty(), size)
                    : getTranslation("staff.place.map.hexes-saved", saved.areas(), size)));
            target.setClassName("cc-alert cc-alert-success"); // not user text: CSS classes
            outcome.warnings().forEach(w -> target.add(new Paragraph(Texts.of(w))));
            showMapStatus();
        } else {
            target.setClassName("cc-alert"); // not user text: CSS class
            target.add(new Paragraph(getTranslation("staff.place.map.nothing-saved", Texts.of(outcome.problem()))));
        }
    }

    private void showMapRefused(Div target, String message) {
        clearMapResults();
        target.setVisible(true);
        target.setClassName("cc-alert"); // not user text: CSS class
        target.add(new Paragraph(getTranslation("staff.place.map.nothing-saved", message)));
    }

    private void clearMapResults() {
        for (Div mapResult : new Div[] {boundariesResult, hexJsonResult}) {
            mapResult.removeAll();
            mapResult.setVisible(false);
        }
    }

    private void confirmRemoval() {
        var dialog = ConfirmDialogs.of(getTranslation("staff.place.map.remove-confirm.title"),
                getTranslation("staff.place.map.remove-confirm.text"), getTranslation("staff.place.map.remove"),
                e -> {
                    areaMaps.removeUploaded();
                    clearMapResults();
                    boundariesResult.setVisible(true);
                    boundariesResult.setClassName("cc-alert cc-alert-success"); // not user text: CSS classes
                    boundariesResult.add(new Paragraph(getTranslation("staff.place.map.removed")));
                    showMapStatus();
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void showMapStatus() {
        var status = areaMaps.statusOfMine();
        removeShapes.setVisible(status.isPresent() && !status.get().automatic());
        mapStatus.setText(status.map(this::statusText).orElseGet(() -> getTranslation("staff.place.map.shows-nothing")));
    }

    private String statusText(AreaMapStatus status) {
        if (status.automatic()) {
            return getTranslation("staff.place.map.shows-automatic", status.areas());
        }
        String key = status.kind() == AreaMap.Kind.BOUNDARIES ? "staff.place.map.shows-boundaries"
                : "staff.place.map.shows-hexes";
        return getTranslation(key, status.uploadedBy(), London.format(status.uploadedAt()), status.areas(),
                FileSize.text(status.bytes()), status.fileName() == null ? "" : status.fileName());
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
            showMapStatus();
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

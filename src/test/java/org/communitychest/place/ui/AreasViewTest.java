package org.communitychest.place.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import org.communitychest.KaribuTest;
import org.communitychest.base.ui.StreamedUpload;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading an areas CSV on the Areas page, as an administrator of a new partnership. */
class AreasViewTest extends KaribuTest {

    @Autowired
    Areas areas;

    private Tenant tenant;
    private AreasView view;

    @BeforeEach
    void openAreas() {
        tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        navigate("admin/areas");
        view = (AreasView) currentView();
    }

    private void upload(String csv) {
        _upload(view.upload, "areas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private java.util.List<String> resultTexts() {
        return _find(view.result, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void goodFileIsImportedAndListed() {
        assertThat(_size(view.grid)).isZero();

        upload("""
                area_type,area_code,name,parent_code,notes
                BOROUGH,E09000030,Tower Hamlets,,
                WARD,E05009336,Whitechapel,E09000030,busy
                """);

        assertThat(resultTexts()).containsExactly("Imported: 2 added, 0 updated.",
                "Column \"notes\" is not used and was ignored.");
        assertThat(view.result.getClassName()).isEqualTo("cc-alert cc-alert-success");
        assertThat(_findAll(view.grid)).extracting(AreaInfo::name)
                .containsExactlyInAnyOrder("Tower Hamlets", "Whitechapel");
    }

    @Test
    void fileWithABadRowImportsNothingAndListsTheRowByLine() {
        upload("""
                area_type,area_code,name,parent_code
                BOROUGH,E09000030,Tower Hamlets,
                WARD,E05009336,Whitechapel,E09000030
                """);
        assertThat(_size(view.grid)).isEqualTo(2);

        upload("""
                area_type,area_code,name,parent_code
                WARD,E05009317,Bethnal Green East,E09000030
                WARD,W-123,Broken Ward,E09000030
                WARD,E05009319,Bow East,E09000030
                """);

        assertThat(resultTexts()).containsExactly(
                "Nothing was imported. Please correct these rows and upload the file again:");
        assertThat(_find(view.result, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 3: area_code \"W-123\" is not a valid WARD code: expected an ONS code such as E05009336");
        assertThat(view.result.getClassName()).isEqualTo("cc-alert");
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(areas.ofPartnership(tenant.id())).hasSize(2);
    }

    @Test
    void missingParentIsListedByLine() {
        upload("""
                area_type,area_code,name,parent_code
                WARD,E05009317,Bethnal Green East,E09000030
                """);
        assertThat(_find(view.result, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 2: parent_code E09000030 is neither in this file nor an area of the partnership");
        assertThat(areas.ofPartnership(tenant.id())).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndTheNextFileImports() throws Exception {
        var body = new StreamedUpload.CountingBody(700L * 1024 * 1024);

        StreamedUpload.send(view.upload, "areas.csv", 700L * 1024 * 1024, body);

        assertThat(body.bytesRead()).isZero();
        assertThat(resultTexts()).containsExactly(
                "areas.csv is 700 MB; the largest we accept is 5 MB. Nothing was imported.");
        upload("""
                area_type,area_code,name,parent_code
                BOROUGH,E09000030,Tower Hamlets,
                """);
        assertThat(resultTexts()).containsExactly("Imported: 1 added, 0 updated.");
    }

    @Test
    void twoFilesImportedOneAfterTheOtherOnOnePageAreEachImportedOnce() {
        navigate("admin/areas");
        view = (AreasView) currentView();

        upload("""
                area_type,area_code,name,parent_code
                BOROUGH,E09000030,Tower Hamlets,
                WARD,E05009336,Whitechapel,E09000030
                """);
        assertThat(resultTexts()).containsExactly("Imported: 2 added, 0 updated.");
        upload("""
                area_type,area_code,name,parent_code
                WARD,E05009317,Bethnal Green East,E09000030
                """);

        assertThat(resultTexts()).as("imported once, not added then updated").containsExactly(
                "Imported: 1 added, 0 updated.");
        assertThat(jdbc.queryForList("select after_value from audit_entry where action = 'AREAS_IMPORTED'"
                + " and partnership_id = ? order by id", String.class, tenant.id()))
                .containsExactly("2 added, 0 updated", "1 added, 0 updated");
        assertThat(_findAll(view.grid)).extracting(AreaInfo::name)
                .containsExactlyInAnyOrder("Tower Hamlets", "Whitechapel", "Bethnal Green East");
    }
}

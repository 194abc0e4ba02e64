package org.communitychest.gaps.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.communitychest.KaribuTest;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapImportProblem;
import org.communitychest.gaps.GapImportState;
import org.communitychest.gaps.GapImportStatus;
import org.communitychest.place.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer imports gap files on one page, one after another, and follows each to its end. */
class GapImportViewTest extends KaribuTest {

    private static final String WARD = "E05009336";

    @Autowired
    Areas areas;

    private GapImportView view;

    @BeforeEach
    void openTheImportPage() {
        var tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        areas.importCsv(new ByteArrayInputStream(("area_type,area_code,name,parent_code\n"
                + "WARD," + WARD + ",Whitechapel,\n").getBytes(StandardCharsets.UTF_8)));
        navigate(GapImportView.PATH);
        view = (GapImportView) currentView();
    }

    private void upload(String name, String csv) {
        _upload(view.upload, name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls as the browser does until the import shown has finished. */
    private String finishedText() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until && polling()) {
            Thread.sleep(50);
            poll();
        }
        return view.progressText.getText();
    }

    private static boolean polling() {
        return com.vaadin.flow.component.UI.getCurrent().getPollInterval() > 0;
    }

    private static String address() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters();
    }

    private static String row(String ward, String need, String counts) {
        return "2026-04-01,2026-06-30,WARD," + ward + "," + need + "," + counts + ",JOY";
    }

    @Test
    void aGoodFileIsFollowedToItsEndThenABadOneListsItsProblemsThenAGoodOneAgain() throws Exception {
        upload("q1.csv", GapFiles.HEADER + "\n" + row(WARD, "HOUSING", "10,5,3,2,") + "\n"
                + row(WARD, "CARERS", "8,<5,2,,") + "\n");

        assertThat(view.current.isVisible()).isTrue();
        assertThat(address()).as("the import's address, to come back to").contains("import=");
        assertThat(finishedText()).startsWith("q1.csv: 2 rows saved, no figures replaced (kept in the history).");
        assertThat(view.progressBar.getValue()).isEqualTo(1);
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(_findAll(view.recent)).extracting(GapImportStatus::state).containsExactly(GapImportState.DONE);

        upload("q2.csv", GapFiles.HEADER + "\n" + row("E05999999", "HOUSING", "10,5,3,2,") + "\n"
                + row(WARD, "HOUSING", "10,11,3,2,") + "\n");

        assertThat(finishedText()).isEqualTo("q2.csv: nothing was saved. 2 problems need fixing in the file; then"
                + " import it again.");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(_size(view.problems)).isEqualTo(2);
        assertThat(_findAll(view.problems)).extracting(GapImportProblem::line).containsExactly(2L, 3L);
        assertThat(view.problemsDownload()).isNotNull();

        upload("q1-corrected.csv", GapFiles.HEADER + "\n" + row(WARD, "HOUSING", "12,5,5,2,") + "\n");

        assertThat(finishedText()).startsWith("q1-corrected.csv: 1 row saved, 1 figure replaced");
        assertThat(view.problems.isVisible()).as("the earlier problems are gone").isFalse();
        assertThat(_findAll(view.recent)).extracting(GapImportStatus::state)
                .containsExactly(GapImportState.DONE, GapImportState.REFUSED, GapImportState.DONE);
    }

    @Test
    void theSameFileAgainSaysNothingChangedAndTheAddressBringsAnImportBack() throws Exception {
        String file = GapFiles.HEADER + "\n" + row(WARD, "HOUSING", "10,5,3,2,") + "\n";
        upload("gaps.csv", file);
        String firstAddress = address();
        finishedText();
        upload("gaps-again.csv", file);

        assertThat(finishedText()).startsWith("gaps-again.csv is the same file as import ")
                .endsWith(", which was saved already: nothing changed.");

        navigate(GapImportView.PATH);
        assertThat(currentView()).isSameAs(view);
        assertThat(view.current.isVisible()).as("the menu's address shows no import").isFalse();
        navigate(firstAddress);
        view = (GapImportView) currentView();
        assertThat(view.progressText.getText()).startsWith("gaps.csv: 1 row saved");
    }
}

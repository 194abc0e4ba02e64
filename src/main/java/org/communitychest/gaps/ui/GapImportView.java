package org.communitychest.gaps.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.StreamingUpload;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapImportProblem;
import org.communitychest.gaps.GapImportState;
import org.communitychest.gaps.GapImportStatus;
import org.communitychest.gaps.GapImports;

/**
 * An officer imports the referral-gap figures their social prescribing system exports, and follows the import as it
 * runs in the background: the page stays usable, and the import's address ({@code ?import=ID}) brings them back to
 * its result later.
 */
@Route(GapImportView.PATH)
@RolesAllowed({"OFFICER", "ADMIN"})
public class GapImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "gaps/import";
    private static final String PARAMETER = "import"; // not user text: the address's parameter
    private static final int POLL_MILLIS = 700;
    /** The file format, which stays as it is in every language. */
    private static final String EXAMPLE = "period_start,period_end,area_type,area_code,need_category," // not user text
            + "referrals_received,referrals_connected,referrals_unmet,referrals_waiting,median_wait_days,"
            + "source_system\n"
            + "2026-04-01,2026-06-30,WARD,E05009336,LONELINESS_ISOLATION,42,15,19,8,35,JOY"; // not user text

    /** About ten million rows: far more than a borough's gap figures for many years. */
    static final long MAX_BYTES = 600L * 1024 * 1024;

    final StreamingUpload<Long> upload;
    final Div refusal = new Div();
    final Div current = new Div();
    final ProgressBar progressBar = new ProgressBar(0, 1);
    final Paragraph progressText = new Paragraph();
    final Div outcome = new Div();
    final Grid<GapImportProblem> problems = new Grid<>();
    final Grid<GapImportStatus> recent = new Grid<>();
    private final GapImports imports;
    private Long shownId;
    private Registration polling;

    GapImportView(GapImports imports) {
        this.imports = imports;
        addClassName("cc-page");
        upload = new StreamingUpload<>(MAX_BYTES, imports::start, this::follow, this::refused);
        upload.setAcceptedFileTypes(".csv", "text/csv"); // not user text: file types
        upload.setDropLabel(new Span(getTranslation("staff.gaps.import.drop")));
        refusal.addClassName("cc-alert");
        refusal.getElement().setAttribute("role", "alert"); // not user text: ARIA role
        refusal.setVisible(false);

        progressBar.setId("gap-import-progress"); // not user text: element id
        progressText.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        progressBar.getElement().setAttribute("aria-label", getTranslation("staff.gaps.import.progress-label"));
        current.add(progressBar, progressText, outcome);
        current.addClassName("cc-import-status");
        current.setVisible(false);

        problems.addColumn(GapImportProblem::line).setHeader(getTranslation("staff.gaps.problems.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("staff.gaps.problems.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> Texts.of(p.reason())).setHeader(getTranslation("staff.gaps.problems.problem"))
                .setFlexGrow(1);
        problems.setHeight("360px");
        problems.setVisible(false);

        recent.addColumn(s -> London.format(s.startedAt())).setHeader(getTranslation("staff.gaps.recent.when"))
                .setAutoWidth(true);
        recent.addColumn(GapImportStatus::fileName).setHeader(getTranslation("staff.gaps.recent.file"))
                .setAutoWidth(true);
        recent.addColumn(GapImportStatus::importedBy).setHeader(getTranslation("staff.gaps.recent.who"))
                .setAutoWidth(true);
        recent.addColumn(s -> stateName(s.state())).setHeader(getTranslation("staff.gaps.recent.state"))
                .setAutoWidth(true);
        recent.addColumn(s -> getTranslation("staff.gaps.recent.rows", s.rowsSaved()))
                .setHeader(getTranslation("staff.gaps.recent.saved")).setAutoWidth(true);
        recent.addColumn(s -> s.sha256().substring(0, 12) + "…").setHeader(getTranslation("staff.gaps.recent.sha"))
                .setAutoWidth(true);
        recent.setAllRowsVisible(true);
        recent.addItemClickListener(e -> follow(e.getItem().id()));

        add(new H1(getTranslation("staff.gaps.import.title")),
                new Paragraph(getTranslation("staff.gaps.import.intro")),
                new Paragraph(getTranslation("staff.gaps.import.format")), new Pre(EXAMPLE),
                new Paragraph(getTranslation("staff.gaps.import.suppressed")),
                upload, refusal, current, problems,
                new H2(getTranslation("staff.gaps.recent.title")), recent);
        refreshRecent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.gaps.import.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FiltersInAddress.readId(event.getLocation().getQueryParameters(), PARAMETER).ifPresentOrElse(this::show,
                () -> {
                    shownId = null;
                    current.setVisible(false);
                    problems.setVisible(false);
                    event.getUI().setPollInterval(-1);
                });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            if (shownId != null) {
                show(shownId);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    /**
     * Goes to the import's own address, which shows it and keeps it up to date until it has finished: back, reload
     * and a bookmark come back to it.
     */
    void follow(long importId) {
        refusal.setVisible(false);
        getUI().ifPresent(ui -> ui.navigate(PATH, QueryParameters.of(PARAMETER, String.valueOf(importId))));
    }

    private void refused(RuntimeException e) {
        refusal.removeAll();
        refusal.add(new Paragraph(e instanceof InvalidInputException invalid
                ? Texts.joined(invalid.fieldErrors().values()) : getTranslation("staff.gaps.import.not-received")));
        refusal.setVisible(true);
    }

    void show(long importId) {
        GapImportStatus status = imports.status(importId);
        boolean changed = shownId == null || shownId != importId || status.state().finished();
        shownId = importId;
        current.setVisible(true);
        progressBar.setValue(status.progress());
        progressText.setText(progressText(status));
        getUI().ifPresent(ui -> ui.setPollInterval(status.state().finished() ? -1 : POLL_MILLIS));
        if (changed) {
            showOutcome(status);
        }
        if (status.state().finished()) {
            refreshRecent();
        }
    }

    private String progressText(GapImportStatus s) {
        return switch (s.state()) {
            case CHECKING -> getTranslation("staff.gaps.import.checking", s.fileName(), s.rowsRead());
            case SAVING -> getTranslation("staff.gaps.import.saving", s.fileName(), s.rowsSaved(), s.rowsRead());
            case DONE -> getTranslation("staff.gaps.import.done", s.fileName(), s.rowsSaved(), s.rowsReplaced(),
                    London.format(s.finishedAt()), s.importedBy());
            case UNCHANGED -> getTranslation("staff.gaps.import.unchanged", s.fileName(), s.sameAsImportId());
            case REFUSED -> getTranslation("staff.gaps.import.refused", s.fileName(), s.problemCount());
            case FAILED -> getTranslation("staff.gaps.import.failed", s.fileName());
        };
    }

    private void showOutcome(GapImportStatus status) {
        outcome.removeAll();
        outcome.setClassName(switch (status.state()) {
            case DONE, UNCHANGED -> "cc-alert cc-alert-success"; // not user text: CSS classes
            case REFUSED, FAILED -> "cc-alert"; // not user text: CSS class
            default -> "";
        });
        if (!status.warnings().isEmpty()) {
            var list = new UnorderedList();
            status.warnings().forEach(w -> list.add(new ListItem(Texts.of(w))));
            outcome.add(list);
        }
        if (status.state() == GapImportState.FAILED && status.failure() != null) {
            outcome.add(new Paragraph(getTranslation("staff.gaps.import.failed-detail", status.failure())));
        }
        boolean refused = status.state() == GapImportState.REFUSED;
        problems.setVisible(refused);
        if (refused) {
            long id = status.id();
            if (status.problemCount() > GapImportStatus.PROBLEMS_KEPT) {
                outcome.add(new Paragraph(getTranslation("staff.gaps.import.more-problems", status.problemCount())));
            }
            problems.setItems(query -> imports.problems(id, query.getOffset(), query.getLimit()).stream());
            outcome.add(Downloads.link(getTranslation("staff.gaps.problems.download"), () -> new Downloads.File(
                    "gap-import-" + id + "-problems.csv", "text/csv", problemsCsv(id)))); // not user text: file
        }
    }

    private byte[] problemsCsv(long id) {
        var out = new StringWriter();
        imports.writeProblemsCsv(id, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void refreshRecent() {
        recent.setItems(imports.recent(10));
    }

    private String stateName(GapImportState state) {
        return getTranslation("staff.gaps.state." + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    Anchor problemsDownload() {
        return outcome.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst()
                .orElse(null);
    }
}

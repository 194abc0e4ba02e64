package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.GateDecision;
import org.communitychest.base.London;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The officer downloads a round's applications as CSV and as one PDF pack, from the applications page. */
class RoundExportsViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    long fullId;
    long shortId;
    long eligibleId;
    long withdrawnId;
    long draftId;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Export round " + UUID.randomUUID());
        String member = fx.newApplicant("Ezra Export");
        long group = fx.newGroup(member, "Poplar \"Friday\" Club, Ltd " + UUID.randomUUID().toString()
                .substring(0, 4));
        fx.as(member, () -> {
            fullId = fx.completeFullDraft(round, group, "Friday Lunches");
            fx.submit(fullId);
            shortId = fx.completeShortDraft(round, group, "Bingo, with Tea");
            fx.submit(shortId);
            eligibleId = fx.completeShortDraft(round, group, "Garden Mornings");
            fx.submit(eligibleId);
            withdrawnId = fx.completeShortDraft(round, group, "Cancelled Coach Trip");
            fx.submit(withdrawnId);
            fx.submission.withdraw(withdrawnId);
            draftId = fx.completeShortDraft(round, group, "Unsent Draft Idea");
        });
        fx.as(OFFICER, () -> {
            Map<Long, GateDecision> pass = new java.util.HashMap<>();
            round.eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
            fx.screening.screen(eligibleId, applicationVersion(eligibleId), pass);
        });
        loginAs(OFFICER);
        navigate(ApplicationsNavigation.roundApplications(round.id()));
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference from application where id = ?", String.class, id);
    }

    private static byte[] download(String text) {
        return DownloadKt._download(_get(Anchor.class, spec -> spec.withText(text)));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerSubmittedApplication() throws Exception {
        byte[] csv = download("Export CSV");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains("Reference,Group,Project,Status,Form,Amount requested (£),"
                + "Submitted (London time),Amount awarded (£)");

        var records = parse(csv);
        assertThat(records).extracting(r -> r.get("Reference")).containsExactlyInAnyOrder(reference(fullId),
                reference(shortId), reference(eligibleId), reference(withdrawnId));
        var full = records.stream().filter(r -> r.get("Reference").equals(reference(fullId))).findFirst()
                .orElseThrow();
        assertThat(full.get("Group")).startsWith("Poplar \"Friday\" Club, Ltd");
        assertThat(full.get("Project")).isEqualTo("Friday Lunches");
        assertThat(full.get("Status")).isEqualTo("Submitted");
        assertThat(full.get("Form")).isEqualTo("full");
        assertThat(full.get("Amount requested (£)")).isEqualTo("3000.00");
        var submittedAt = fx.screening.get(fullId).submittedAt();
        assertThat(full.get("Submitted (London time)")).as("to the minute, no zone or microseconds")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .isEqualTo(London.sortable(submittedAt));
        assertThat(records).filteredOn(r -> r.get("Reference").equals(reference(eligibleId)))
                .extracting(r -> r.get("Status")).containsExactly("Eligible");
        assertThat(records).filteredOn(r -> r.get("Reference").equals(reference(withdrawnId)))
                .extracting(r -> r.get("Status")).containsExactly("Withdrawn");
        assertThat(text).doesNotContain("Unsent Draft Idea");

        var view = _get(RoundApplicationsView.class);
        _setValue(view.status, ApplicationStatus.ELIGIBLE);
        assertThat(view.count.getText()).isEqualTo("1 application");
        assertThat(parse(download("Export CSV"))).extracting(r -> r.get("Reference"))
                .containsExactly(reference(eligibleId));
    }

    @Test
    void thePdfPackHasEveryScreenableApplicationEachFromANewPage() throws Exception {
        byte[] pack = download("PDF pack of all submitted applications");
        assertThat(new String(pack, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var reader = new PdfReader(pack);
        var extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(extractor.getTextFromPage(page));
        }
        reader.close();

        var included = List.of(fullId, shortId, eligibleId);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(included.size());
        var firstPages = new ArrayList<Integer>();
        for (long id : included) {
            String reference = reference(id);
            int first = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("Reference: " + reference)) {
                    first = i;
                    break;
                }
            }
            assertThat(first).as("%s starts a page", reference).isNotNegative();
            firstPages.add(first);
        }
        assertThat(firstPages).as("each application starts on its own page").doesNotHaveDuplicates().isSorted();
        String all = String.join("\n", pages);
        assertThat(all).contains("Friday Lunches", "Bingo, with Tea", "Garden Mornings")
                .doesNotContain("Cancelled Coach Trip").doesNotContain("Unsent Draft Idea")
                .doesNotContain(reference(withdrawnId));
    }
}

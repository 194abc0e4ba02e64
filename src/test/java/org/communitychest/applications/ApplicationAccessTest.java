package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;
import static org.communitychest.applications.ApplicationFixtures.PANELLIST;
import static org.communitychest.applications.ApplicationFixtures.pdf;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.communitychest.IntegrationTest;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SystemActor;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * An applicant sees and changes only their own groups' applications, whatever id they send; officers see only
 * their own partnership's submitted applications; nobody else may screen. Every refusal is "not found" (or
 * "access denied" for a role that may never screen), and changes nothing.
 */
class ApplicationAccessTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    String owner;
    String other;
    long ownGroup;
    long otherGroup;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Access round " + UUID.randomUUID());
        owner = fx.newApplicant("Olu Owner");
        other = fx.newApplicant("Oona Other");
        ownGroup = fx.newGroup(owner, "Owner's Lunch Club " + UUID.randomUUID());
        otherGroup = fx.newGroup(other, "Other Allotment Society " + UUID.randomUUID());
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RecordNotFoundException.class);
    }

    private long otherDraft() {
        return fx.as(other, () -> fx.completeFullDraft(round, otherGroup, "Other's Secret Draft"));
    }

    private long otherSubmitted() {
        return fx.as(other, () -> {
            long id = fx.completeShortDraft(round, otherGroup, "Other's Submitted Bid");
            fx.submit(id);
            return id;
        });
    }

    private long firstDocument(long applicationId) {
        return jdbc.queryForObject("select min(id) from application_document where application_id = ?", Long.class,
                applicationId);
    }

    private String titleOf(long applicationId) {
        return jdbc.queryForObject("select project_title from application where id = ?", String.class,
                applicationId);
    }

    @Test
    void anApplicantCanNeitherReadNorChangeAnotherGroupsDraft() {
        long draft = otherDraft();
        long version = jdbc.queryForObject("select version from application where id = ?", Long.class, draft);
        long document = firstDocument(draft);
        int documents = fx.documents(draft);
        var drafts = fx.drafts;

        fx.signInAs(owner);
        assertNotFound(() -> drafts.get(draft));
        assertNotFound(() -> drafts.saveAbout(draft, version, new Answers.About("Hijacked", null, null, null)));
        assertNotFound(() -> drafts.saveWhoItHelps(draft, version, new Answers.WhoItHelps(java.util.Set.of(),
                java.util.Set.of(), 1, null)));
        assertNotFound(() -> drafts.saveActivities(draft, version, new Answers.Activities("Hijacked", null, null)));
        assertNotFound(() -> drafts.saveBudget(draft, version, new Answers.Budget(List.of(
                new BudgetLine("Hijacked", Money.ofPounds(9_999), null)))));
        assertNotFound(() -> drafts.saveDeclarations(draft, version, new Answers.Declarations(false, false, false,
                "Hijacker", "None")));
        assertNotFound(() -> drafts.saveNoGoverningDocument(draft, version, true));
        assertNotFound(() -> drafts.uploadDocument(draft, version, round.requiredDocuments().getFirst().id(),
                "swap.pdf", pdf("Swapped")));
        assertNotFound(() -> drafts.removeDocument(draft, version, document));
        assertNotFound(() -> drafts.download(draft, document));
        assertNotFound(() -> fx.submission.submit(draft, version));
        assertNotFound(() -> fx.submission.withdraw(draft));
        assertNotFound(() -> fx.submission.pdf(draft));
        assertThat(drafts.mine()).extracting(ApplicationSummary::id).doesNotContain(draft);

        assertThat(titleOf(draft)).isEqualTo("Other's Secret Draft");
        assertThat(fx.status(draft)).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(jdbc.queryForObject("select version from application where id = ?", Long.class, draft))
                .as("not one save").isEqualTo(version);
        assertThat(fx.documents(draft)).isEqualTo(documents);
        assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?", Long.class,
                draft)).isEqualTo(300_000L);
    }

    @Test
    void anApplicantCanNeitherWithdrawNorAnswerForAnotherGroupsSubmittedApplication() {
        long submitted = otherSubmitted();
        fx.as(OFFICER, () -> fx.screening.askForInformation(submitted, "How many walk leaders are trained?"));
        long question = jdbc.queryForObject("select id from information_request where application_id = ?",
                Long.class, submitted);

        fx.signInAs(owner);
        assertNotFound(() -> fx.drafts.get(submitted));
        assertNotFound(() -> fx.submission.withdraw(submitted));
        assertNotFound(() -> fx.submission.submit(submitted, 0));
        assertNotFound(() -> fx.drafts.answerInformationRequest(submitted, question, "None at all"));
        assertNotFound(() -> fx.drafts.download(submitted, firstDocument(submitted)));

        assertThat(fx.status(submitted)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("select answer from information_request where id = ?", String.class,
                question)).isNull();
        assertThat(fx.audits("APPLICATION_WITHDRAWN", submitted)).isZero();
    }

    @Test
    void guessingAnotherGroupsFileIdGetsNotFound() {
        long theirs = otherDraft();
        long theirDocument = firstDocument(theirs);
        fx.signInAs(owner);
        long mine = fx.completeFullDraft(round, ownGroup, "Owner's Own Draft");
        long myDocument = firstDocument(mine);
        long version = fx.drafts.get(mine).version();

        assertThat(fx.drafts.download(mine, myDocument).content()).as("my own file downloads")
                .startsWith("%PDF".getBytes());
        assertNotFound(() -> fx.drafts.download(mine, theirDocument));
        assertNotFound(() -> fx.drafts.download(mine, theirDocument + 1_000_000));
        assertNotFound(() -> fx.drafts.removeDocument(mine, version, theirDocument));

        assertThat(jdbc.queryForObject("select count(*) from application_document where id = ?", Integer.class,
                theirDocument)).as("their file is untouched").isEqualTo(1);
        assertThat(fx.drafts.get(mine).version()).as("my draft is unchanged too").isEqualTo(version);
    }

    @Test
    void officersOfAnotherPartnershipGetNotFoundForThisPartnershipsApplications() {
        long submitted = otherSubmitted();
        String code = "X" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        var elsewhere = SystemActor.callAsSystem(() ->
                partnerships.create(code, "Elsewhere Health Partnership " + code));
        String stranger = fx.newStaff("Sam Stranger", elsewhere.id(), Role.OFFICER);
        var screening = fx.screening;

        fx.signInAs(stranger);
        assertNotFound(() -> screening.get(submitted));
        assertNotFound(() -> screening.applications(round.id(), ApplicationFilter.none(), PageRequest.of(0, 50)));
        assertNotFound(() -> screening.count(round.id(), ApplicationFilter.none()));
        assertNotFound(() -> screening.pdf(submitted));
        assertNotFound(() -> screening.pdfPack(round.id()));
        assertNotFound(() -> screening.exportCsv(round.id(), ApplicationFilter.none(), new StringWriter()));
        assertNotFound(() -> screening.download(submitted, firstDocument(submitted)));
        assertNotFound(() -> screening.screen(submitted, applicationVersion(submitted), Map.of()));
        assertNotFound(() -> screening.askForInformation(submitted, "Who are you?"));

        assertThat(fx.status(submitted)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("select count(*) from information_request where application_id = ?",
                Integer.class, submitted)).isZero();
    }

    @Test
    void applicantsAndPanellistsMayNotScreen() {
        long submitted = otherSubmitted();
        for (String person : List.of(owner, other, PANELLIST)) {
            fx.signInAs(person);
            assertThatThrownBy(() -> fx.screening.get(submitted)).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.screening.applications(round.id(), ApplicationFilter.none(),
                    PageRequest.of(0, 50))).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.screening.screen(submitted, applicationVersion(submitted), Map.of()))
                    .as(person)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.screening.askForInformation(submitted, "?")).as(person)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fx.status(submitted)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void officersCannotReachDraftsThroughScreening() {
        long draft = otherDraft();
        long submitted = otherSubmitted();

        fx.signInAs(OFFICER);
        assertNotFound(() -> fx.screening.get(draft));
        assertNotFound(() -> fx.screening.pdf(draft));
        assertNotFound(() -> fx.screening.download(draft, firstDocument(draft)));
        assertNotFound(() -> fx.screening.askForInformation(draft, "Can we see it early?"));
        var listed = fx.screening.applications(round.id(), ApplicationFilter.none(), PageRequest.of(0, 50))
                .getContent();
        assertThat(listed).extracting(ApplicationRow::id).contains(submitted).doesNotContain(draft);
        assertThat(fx.screening.count(round.id(), ApplicationFilter.none())).isEqualTo(1);
        assertThat(fx.screening.get(submitted).projectTitle()).isEqualTo("Other's Submitted Bid");
        assertThatThrownBy(() -> fx.drafts.get(draft)).as("officers are not applicants")
                .isInstanceOf(AccessDeniedException.class);
    }
}

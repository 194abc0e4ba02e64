package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communitychest.base.i18n.English;
import org.communitychest.IntegrationTest;
import org.communitychest.base.InvalidInputException;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Submitting once, whatever arrives twice; the receipts; withdrawing until a decision. */
class SubmissionTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    String first;
    String second;
    long group;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Submission round " + UUID.randomUUID());
        first = fx.newApplicant("Sana First");
        second = fx.newApplicant("Sol Second");
        group = fx.newGroup(first, "Shadwell Singers " + UUID.randomUUID());
        fx.join(group, first, second);
    }

    private int receipts(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where template = 'application-receipt'"
                + " and recipient = ?", Integer.class, email);
    }

    @Test
    void submittingTwiceGivesOneReferenceOneAuditEntryAndOneReceiptPerMember() {
        fx.signInAs(first);
        long id = fx.completeShortDraft(round, group, "Singing for Breathing");
        long version = fx.drafts.get(id).version();

        String reference = fx.submission.submit(id, version);
        String again = fx.submission.submit(id, version);
        String byTheOtherMember = fx.as(second, () -> fx.submission.submit(id, version));

        assertThat(reference).matches("THT-\\d{4}-\\d{4}");
        assertThat(again).isEqualTo(reference);
        assertThat(byTheOtherMember).isEqualTo(reference);
        assertThat(fx.audits("APPLICATION_SUBMITTED", id)).isEqualTo(1);
        assertThat(receipts(first)).isEqualTo(1);
        assertThat(receipts(second)).isEqualTo(1);
        var attachments = jdbc.queryForList("""
                select a.file_name, a.content_type, a.content from mail_attachment a
                join mail_message m on m.id = a.mail_id
                where m.template = 'application-receipt' and m.recipient in (?, ?)""", first, second);
        assertThat(attachments).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("file_name")).isEqualTo(reference + ".pdf");
            assertThat(a.get("content_type")).isEqualTo("application/pdf");
            assertThat(new String((byte[]) a.get("content"), 0, 4)).isEqualTo("%PDF");
        });
        var details = fx.drafts.get(id);
        assertThat(details.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(details.reference()).isEqualTo(reference);
        assertThat(fx.drafts.mine()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.reference()).isEqualTo(reference))
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED));
    }

    @Test
    void aSubmittedApplicationIsLocked() {
        fx.signInAs(first);
        long id = fx.completeShortDraft(round, group, "Locked In");
        fx.submit(id);
        long version = fx.drafts.get(id).version();

        assertThatThrownBy(() -> fx.drafts.saveAbout(id, version, new Answers.About("Changed", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("status")))
                        .isEqualTo("This application has been submitted and can no longer be changed"));
        assertThatThrownBy(() -> fx.drafts.uploadDocument(id, version, null, "new.pdf", ApplicationFixtures.pdf("x")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fx.drafts.get(id).projectTitle()).isEqualTo("Locked In");
    }

    @Test
    void aGroupMayWithdrawUntilADecision() {
        fx.signInAs(first);
        long draft = fx.completeShortDraft(round, group, "Changed Our Minds");
        long submitted = fx.completeShortDraft(round, group, "Second Thoughts");
        fx.submit(submitted);
        long ineligible = fx.completeShortDraft(round, group, "Not For This Round");
        fx.submit(ineligible);
        fx.as(OFFICER, () -> {
            Map<Long, GateDecision> decisions = new HashMap<>();
            round.eligibility().forEach(q -> decisions.put(q.id(), new GateDecision(true, null)));
            decisions.put(round.eligibility().getFirst().id(), new GateDecision(false, "Works in Hackney only."));
            assertThat(fx.screening.screen(ineligible, applicationVersion(ineligible), decisions))
                    .isEqualTo(ApplicationStatus.INELIGIBLE);
        });

        fx.submission.withdraw(draft);
        fx.submission.withdraw(submitted);
        assertThat(List.of(fx.status(draft), fx.status(submitted))).containsOnly(ApplicationStatus.WITHDRAWN);
        assertThat(fx.audits("APPLICATION_WITHDRAWN", submitted)).isEqualTo(1);
        for (long id : List.of(submitted, ineligible)) {
            assertThatThrownBy(() -> fx.submission.withdraw(id))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("status")))
                            .isEqualTo("This application can no longer be withdrawn"));
        }
        assertThat(fx.status(ineligible)).isEqualTo(ApplicationStatus.INELIGIBLE);
        fx.as(OFFICER, () -> {
            var withdrawn = new ApplicationFilter(ApplicationStatus.WITHDRAWN, null, null, null);
            assertThat(fx.screening.count(round.id(), withdrawn)).as("the withdrawn submission only").isEqualTo(1);
            assertThat(fx.screening.applications(round.id(), withdrawn, org.springframework.data.domain.PageRequest
                    .of(0, 10))).extracting(ApplicationRow::id).containsExactly(submitted);
            assertThatThrownBy(() -> fx.screening.get(draft)).as("a draft withdrawn unsent stays private")
                    .isInstanceOf(org.communitychest.base.RecordNotFoundException.class);
            assertThat(fx.screening.get(submitted).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        });
    }
}

package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What an officer reads of a submitted application: its documents and the group's profile, and no more. */
class OfficerReadsApplicationTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;
    private ApplicationFixtures fx;
    private RoundDetails round;
    private long group;
    private long submitted;

    @BeforeEach
    void submitOne() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Officer reading round " + UUID.randomUUID());
        String applicant = fx.newApplicant("Dina Docs");
        group = fx.newGroup(applicant, "Docs Club " + UUID.randomUUID());
        submitted = fx.as(applicant, () -> {
            long id = fx.completeFullDraft(round, group, "Documents project");
            fx.submit(id);
            return id;
        });
    }

    @Test
    void officerDownloadsEachUploadedDocument() {
        fx.as(ApplicationFixtures.OFFICER, () -> {
            var application = fx.screening.get(submitted);
            assertThat(application.documents()).isNotEmpty();
            for (var document : application.documents()) {
                var file = fx.screening.download(submitted, document.id());
                assertThat(file.fileName()).isEqualTo(document.fileName());
                assertThat(new String(file.content(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF");
            }
        });
    }

    @Test
    void aSearchForPercentOrUnderscoreFindsOnlyNamesThatHaveOne() {
        fx.as(ApplicationFixtures.OFFICER, () -> {
            var page = org.springframework.data.domain.PageRequest.of(0, 20);
            assertThat(fx.screening.applications(round.id(), new ApplicationFilter(null, null, null, "Docs Club"),
                    page).getContent()).hasSize(1);
            for (String wildcard : new String[] {"%", "_", "Docs%Club", "Docs_Club"}) {
                assertThat(fx.screening.applications(round.id(), new ApplicationFilter(null, null, null, wildcard),
                        page).getContent()).as(wildcard).isEmpty();
            }
        });
    }

    @Test
    void aSecondOfficerScreeningFromAStalePageIsRefusedAndTheFirstDecisionStands() {
        fx.as(ApplicationFixtures.OFFICER, () -> {
            var read = fx.screening.get(submitted);
            var pass = new java.util.HashMap<Long, GateDecision>();
            read.round().eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
            assertThat(fx.screening.screen(submitted, read.version(), pass)).isEqualTo(ApplicationStatus.ELIGIBLE);

            var fail = new java.util.HashMap<Long, GateDecision>(pass);
            fail.put(read.round().eligibility().getFirst().id(), new GateDecision(false, "Not in the borough"));
            assertThatThrownBy(() -> fx.screening.screen(submitted, read.version(), fail))
                    .isInstanceOfSatisfying(org.communitychest.base.InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("version"));
            assertThat(fx.status(submitted)).isEqualTo(ApplicationStatus.ELIGIBLE);
        });
    }

    @Test
    void officerSeesTheGroupsProfileButNotAGroupThatNeverAppliedToTheirPartnership() {
        var profile = fx.as(ApplicationFixtures.OFFICER, () -> fx.screening.get(submitted).organisation());
        assertThat(profile.name()).startsWith("Docs Club");
        assertThat(profile.members()).extracting(m -> m.displayName()).containsExactly("Dina Docs");

        var other = newPartnershipWithAdmin();
        String otherOfficer = fx.newStaff("Otto Other", other.id(), Role.OFFICER);
        fx.as(otherOfficer, () -> {
            assertThatThrownBy(() -> fx.organisations.profileForApplication(group))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> fx.organisations.contactEmails(group))
                    .isInstanceOf(RecordNotFoundException.class);
        });
    }
}

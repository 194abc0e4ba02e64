package org.communitychest.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communitychest.base.i18n.English;
import org.communitychest.StoredMail;
import org.communitychest.base.AppProperties;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SystemActor;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.communitychest.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class OrganisationsTest {

    static final String PASSWORD = "chest-demo-2026";
    static final String APPLICANT = "applicant@example.org";
    private static final Pattern JOIN_LINK = Pattern.compile("/join-organisation\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    Organisations organisations;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppProperties properties;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String email) {
        var result = signIn.signIn(email, PASSWORD, "192.0.2.1");
        assertThat(result.succeeded()).as(email + " signs in").isTrue();
        SecurityContextHolder.getContext().setAuthentication(result.authentication());
    }

    private String newApplicant() {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Rahima Khatun", null, Set.of(Role.APPLICANT), PASSWORD));
        return email;
    }

    static OrganisationForm goodForm(String name) {
        return new OrganisationForm(name, LegalForm.CONSTITUTED_GROUP, null, null, "Oxford House",
                "Derbyshire Street", "London", "E2 6HG", IncomeBand.FROM_10K_TO_50K, "https://example.org");
    }

    private static OrganisationForm withName(OrganisationForm f, String name) {
        return new OrganisationForm(name, f.legalForm(), f.charityNumber(), f.companyNumber(), f.addressLine1(),
                f.addressLine2(), f.town(), f.postcode(), f.incomeBand(), f.webAddress());
    }

    private static OrganisationForm withNumbers(OrganisationForm f, LegalForm legalForm, String charity,
            String company) {
        return new OrganisationForm(f.name(), legalForm, charity, company, f.addressLine1(), f.addressLine2(),
                f.town(), f.postcode(), f.incomeBand(), f.webAddress());
    }

    private static OrganisationForm withPostcode(OrganisationForm f, String postcode) {
        return new OrganisationForm(f.name(), f.legalForm(), f.charityNumber(), f.companyNumber(), f.addressLine1(),
                f.addressLine2(), f.town(), postcode, f.incomeBand(), f.webAddress());
    }

    private static OrganisationForm withTown(OrganisationForm f, String town) {
        return new OrganisationForm(f.name(), f.legalForm(), f.charityNumber(), f.companyNumber(), f.addressLine1(),
                f.addressLine2(), town, f.postcode(), f.incomeBand(), f.webAddress());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private int audits(String action, long organisationId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?",
                Integer.class, action, String.valueOf(organisationId));
    }

    /** The create is refused with a message for the field, and no row of any organisation table is written. */
    private void assertCreateRefused(OrganisationForm form, String field) {
        int organisationsBefore = count("organisation");
        int membersBefore = count("organisation_member");
        int auditBefore = count("audit_entry");
        assertThatThrownBy(() -> organisations.create(form))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(English.of(e.messageFor(field))).as("message for " + field).isNotBlank());
        assertThat(count("organisation")).isEqualTo(organisationsBefore);
        assertThat(count("organisation_member")).isEqualTo(membersBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void anApplicantSetsUpAGroupAndBecomesItsFirstMember() {
        signInAs(APPLICANT);
        var created = organisations.create(goodForm("Bethnal Green Knit and Natter"));

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isZero();
        assertThat(created.name()).isEqualTo("Bethnal Green Knit and Natter");
        assertThat(created.legalForm()).isEqualTo(LegalForm.CONSTITUTED_GROUP);
        assertThat(created.postcode()).isEqualTo("E2 6HG");
        assertThat(created.members()).singleElement()
                .satisfies(m -> assertThat(m.email()).isEqualTo(APPLICANT))
                .satisfies(m -> assertThat(m.displayName()).isEqualTo("Amina Begum"));
        assertThat(organisations.mine()).contains(new OrganisationSummary(created.id(),
                "Bethnal Green Knit and Natter", LegalForm.CONSTITUTED_GROUP));
        assertThat(organisations.get(created.id())).isEqualTo(created);
        assertThat(organisations.isMember(created.id())).isTrue();
        assertThat(audits("ORGANISATION_CREATED", created.id())).isEqualTo(1);
    }

    @Test
    void aMemberUpdatesTheProfileAndTheAuditTrailShowsWhatChanged() {
        signInAs(APPLICANT);
        var created = organisations.create(goodForm("Stepney Walking Group"));
        var updated = organisations.update(created.id(), created.version(),
                withTown(withPostcode(created.toForm(), "e1 0bh"), "Stepney"));

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.town()).isEqualTo("Stepney");
        assertThat(updated.postcode()).isEqualTo("E1 0BH");
        assertThat(updated.name()).isEqualTo("Stepney Walking Group");
        assertThat(organisations.get(created.id())).isEqualTo(updated);
        var audit = jdbc.queryForMap("select actor, partnership_id, before_value, after_value from audit_entry"
                + " where action = 'ORGANISATION_UPDATED' and subject_id = ?", String.valueOf(created.id()));
        assertThat(audit.get("actor")).isEqualTo(APPLICANT);
        assertThat(audit.get("partnership_id")).isNull();
        assertThat(audit.get("before_value")).isEqualTo("town: London; postcode: E2 6HG");
        assertThat(audit.get("after_value")).isEqualTo("town: Stepney; postcode: E1 0BH");
    }

    @Test
    void eachBadAnswerGetsAMessageBesideItsFieldAndNothingIsSaved() {
        signInAs(APPLICANT);
        var good = goodForm("Mile End Men's Shed");
        assertCreateRefused(withName(good, "  "), "name");
        assertCreateRefused(withName(good, "x".repeat(10_000)), "name");
        assertCreateRefused(withNumbers(good, null, null, null), "legalForm");
        assertCreateRefused(withNumbers(good, LegalForm.CHARITY, "", null), "charityNumber");
        assertCreateRefused(withNumbers(good, LegalForm.CIO, null, null), "charityNumber");
        assertCreateRefused(withNumbers(good, LegalForm.CHARITY, "12345", null), "charityNumber");
        assertCreateRefused(withNumbers(good, LegalForm.CHARITY, "SC1234567", null), "charityNumber");
        assertCreateRefused(withNumbers(good, LegalForm.CIC, null, null), "companyNumber");
        assertCreateRefused(withNumbers(good, LegalForm.COMPANY_LIMITED_BY_GUARANTEE, null, "12345"), "companyNumber");
        assertCreateRefused(withNumbers(good, LegalForm.CIC, null, "ABC12345"), "companyNumber");
        assertCreateRefused(withPostcode(good, "E1 6"), "postcode");
        assertCreateRefused(withPostcode(good, ""), "postcode");
        assertCreateRefused(withTown(good, ""), "town");

        assertThatThrownBy(() -> organisations.create(withName(good, "x".repeat(10_000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("name")))
                        .isEqualTo("The name must be 200 characters or fewer (it has 10,000)"));
        assertThat(organisations.mine()).extracting(OrganisationSummary::name).doesNotContain("Mile End Men's Shed");
    }

    @Test
    void numbersKeepTheirLeadingZerosAndShortCompanyNumbersArePadded() {
        signInAs(APPLICANT);
        var cic = organisations.create(withNumbers(goodForm("Limehouse Food CIC"), LegalForm.CIC, null, "123456"));
        assertThat(cic.companyNumber()).isEqualTo("00123456");
        assertThat(organisations.get(cic.id()).companyNumber()).isEqualTo("00123456");

        var charitableCompany = organisations.create(withNumbers(goodForm("Poplar Play"),
                LegalForm.COMPANY_LIMITED_BY_GUARANTEE, "0123456", "01234567"));
        var stored = organisations.get(charitableCompany.id());
        assertThat(stored.charityNumber()).isEqualTo("0123456");
        assertThat(stored.companyNumber()).isEqualTo("01234567");

        var scottish = organisations.create(withNumbers(goodForm("Glasgow Friends in Tower Hamlets"), LegalForm.CIO,
                "sc012345", null));
        assertThat(organisations.get(scottish.id()).charityNumber()).isEqualTo("SC012345");
    }

    @Test
    void postcodesAndWebAddressesAreTidied() {
        signInAs(APPLICANT);
        var form = new OrganisationForm("  Spitalfields Singers ", LegalForm.UNCONSTITUTED_GROUP, null, null,
                "Christ Church Hall", "", "London", "e1 6an", IncomeBand.UNDER_10K, "example.org");
        var created = organisations.create(form);
        assertThat(created.name()).isEqualTo("Spitalfields Singers");
        assertThat(created.postcode()).isEqualTo("E1 6AN");
        assertThat(created.addressLine2()).isNull();
        assertThat(created.webAddress()).isEqualTo("https://example.org");
    }

    @Test
    void aStaleVersionIsRefusedAndTheColleaguesChangesStay() {
        signInAs(APPLICANT);
        var opened = organisations.create(goodForm("Wapping Wellbeing Walks"));
        organisations.update(opened.id(), opened.version(), withTown(opened.toForm(), "Wapping"));

        assertThatThrownBy(() -> organisations.update(opened.id(), opened.version(),
                withPostcode(opened.toForm(), "E1W 1AA")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("version")))
                        .isEqualTo("Someone else in your group changed this profile since you opened it. Reload to"
                                + " see their changes; your changes are still on screen."));
        var now = organisations.get(opened.id());
        assertThat(now.town()).isEqualTo("Wapping");
        assertThat(now.postcode()).isEqualTo("E2 6HG");
        assertThat(now.version()).isEqualTo(opened.version() + 1);
        assertThat(audits("ORGANISATION_UPDATED", opened.id())).isEqualTo(1);
    }

    @Test
    void anUpdateWithBadInputSavesNothing() {
        signInAs(APPLICANT);
        var opened = organisations.create(goodForm("Bow Community Garden"));
        assertThatThrownBy(() -> organisations.update(opened.id(), opened.version(),
                withTown(withPostcode(opened.toForm(), "nowhere"), "Bow")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("postcode"));
        assertThat(organisations.get(opened.id())).isEqualTo(opened);
    }

    @Test
    void someoneWhoIsNotAMemberGetsNotFound() {
        signInAs(APPLICANT);
        var theirs = organisations.create(goodForm("Whitechapel Chess Club"));
        signInAs(newApplicant());

        assertThatThrownBy(() -> organisations.get(theirs.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> organisations.update(theirs.id(), theirs.version(), goodForm("Taken over")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> organisations.inviteMember(theirs.id(), "friend@example.org"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> organisations.contactEmails(theirs.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> organisations.requireMember(theirs.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> organisations.get(Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
        assertThat(organisations.isMember(theirs.id())).isFalse();
        assertThat(organisations.mine()).isEmpty();
        assertThat(jdbc.queryForObject("select name from organisation where id = ?", String.class, theirs.id()))
                .isEqualTo("Whitechapel Chess Club");
    }

    @Test
    void staffCannotUseTheApplicantsServiceButCanReadSummariesAndContacts() {
        signInAs(APPLICANT);
        var group = organisations.create(goodForm("Shadwell Seniors Lunch Club"));
        signInAs("officer@example.org");

        assertThatThrownBy(() -> organisations.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.get(group.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create(goodForm("Officer's group")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.update(group.id(), group.version(), goodForm("Renamed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.inviteMember(group.id(), "x@example.org"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.summaryForStaff(group.id())).isEqualTo(group.toSummary());
        assertThatThrownBy(() -> organisations.contactEmails(group.id())).as("the group never applied to THT")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(organisations.isMember(group.id())).isFalse();

        signInAs(APPLICANT);
        assertThatThrownBy(() -> organisations.summaryForStaff(group.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.contactEmails(group.id())).as("a member").containsExactly(APPLICANT);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> organisations.isMember(group.id()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void aColleagueInvitedByEmailJoinsWithTheLinkOnce() {
        signInAs(APPLICANT);
        var group = organisations.create(goodForm("Isle of Dogs Youth Football"));
        String colleague = newApplicant();

        organisations.inviteMember(group.id(), "  " + colleague.toUpperCase() + " ");

        var mail = jdbc.queryForMap("select subject, " + StoredMail.TEXT_AS_SENT + " as text_body,"
                + " partnership_id from mail_message where recipient = ? and template = 'organisation-invitation'",
                colleague);
        assertThat(mail.get("subject")).isEqualTo("Amina Begum invited you to join Isle of Dogs Youth Football on"
                + " Community Chest");
        assertThat(mail.get("partnership_id")).isNull();
        var link = JOIN_LINK.matcher((String) mail.get("text_body"));
        assertThat(link.find()).as("join link in the email").isTrue();
        String token = link.group(1);
        assertThat((String) mail.get("text_body")).contains(properties.link("join-organisation?token=" + token));
        assertThat(jdbc.queryForObject("select token_hash from organisation_invitation where email = ?", String.class,
                colleague)).isEqualTo(Organisations.hash(token)).isNotEqualTo(token);
        assertThat(organisations.get(group.id()).pendingInvitations()).extracting(PendingInvitation::email)
                .containsExactly(colleague);
        assertThat(audits("ORGANISATION_MEMBER_INVITED", group.id())).isEqualTo(1);

        signInAs(colleague);
        assertThat(organisations.isMember(group.id())).isFalse();
        assertThat(organisations.openInvitation(token)).contains(group.toSummary());
        assertThat(organisations.acceptInvitation(token)).isTrue();

        assertThat(organisations.isMember(group.id())).isTrue();
        assertThat(organisations.mine()).extracting(OrganisationSummary::id).containsExactly(group.id());
        var profile = organisations.get(group.id());
        assertThat(profile.members()).extracting(MemberInfo::email).containsExactlyInAnyOrder(APPLICANT, colleague);
        assertThat(profile.pendingInvitations()).isEmpty();
        assertThat(audits("ORGANISATION_MEMBER_JOINED", group.id())).isEqualTo(1);
        assertThat(organisations.update(group.id(), profile.version(), withTown(profile.toForm(), "Isle of Dogs"))
                .town()).isEqualTo("Isle of Dogs");

        assertThat(organisations.acceptInvitation(token)).as("a used link").isFalse();
        assertThat(organisations.openInvitation(token)).isEmpty();
        assertThat(organisations.acceptInvitation("not-a-real-token")).isFalse();
        assertThat(organisations.acceptInvitation("")).isFalse();
        assertThat(organisations.acceptInvitation(null)).isFalse();
        assertThat(audits("ORGANISATION_MEMBER_JOINED", group.id())).isEqualTo(1);
    }

    @Test
    void invitingTheSameAddressAgainAndAgainSendsThreeMailsAnHour() {
        String inviter = newApplicant();
        signInAs(inviter);
        var group = organisations.create(goodForm("Shadwell Knit and Natter"));
        String colleague = "flooded-" + UUID.randomUUID() + "@example.org";
        for (int i = 1; i <= 3; i++) {
            organisations.inviteMember(group.id(), colleague);
        }

        assertThatThrownBy(() -> organisations.inviteMember(group.id(), colleague))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("email")))
                        .isEqualTo(colleague + " has been sent several invitations in the last hour. Ask them to"
                                + " look for the newest, or send another in 20 minutes."));
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class,
                colleague)).isEqualTo(3);
    }

    @Test
    void aMemberCanSendTwentyInvitationsAnHour() {
        String inviter = newApplicant();
        signInAs(inviter);
        var group = organisations.create(goodForm("Wapping Walking Group"));
        for (int i = 1; i <= 20; i++) {
            organisations.inviteMember(group.id(), "friend-" + i + "-" + UUID.randomUUID() + "@example.org");
        }

        assertThatThrownBy(() -> organisations.inviteMember(group.id(), "one-more@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("email")))
                        .isEqualTo("You have sent a lot of invitations in the last hour. Please wait 3 minutes and"
                                + " try again."));
    }

    @Test
    void anExpiredOrReplacedInvitationDoesNotWork() {
        signInAs(APPLICANT);
        var group = organisations.create(goodForm("Poplar Parents' Coffee Morning"));
        String colleague = newApplicant();
        organisations.inviteMember(group.id(), colleague);
        String first = latestToken(colleague);
        organisations.inviteMember(group.id(), colleague);
        String second = latestToken(colleague);
        assertThat(second).isNotEqualTo(first);
        assertThat(organisations.get(group.id()).pendingInvitations()).hasSize(1);

        jdbc.update("update organisation_invitation set expires_at = created_at where token_hash = ?",
                Organisations.hash(second));

        signInAs(colleague);
        assertThat(organisations.acceptInvitation(first)).as("replaced by a newer invitation").isFalse();
        assertThat(organisations.acceptInvitation(second)).as("expired").isFalse();
        assertThat(organisations.isMember(group.id())).isFalse();
    }

    @Test
    void invitingABadAddressOrAMemberGetsAMessageBesideTheField() {
        signInAs(APPLICANT);
        var group = organisations.create(goodForm("Limehouse Lunch Club"));
        int mailBefore = count("mail_message");
        for (String bad : new String[] {"", "not-an-email", "a@b", "name@example..org"}) {
            assertThatThrownBy(() -> organisations.inviteMember(group.id(), bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(English.of(e.messageFor("email"))).isNotBlank());
        }
        assertThatThrownBy(() -> organisations.inviteMember(group.id(), "Applicant@Example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("email")))
                        .isEqualTo("applicant@example.org is already a member of Limehouse Lunch Club"));
        assertThat(count("mail_message")).isEqualTo(mailBefore);
        assertThat(organisations.get(group.id()).pendingInvitations()).isEmpty();
    }

    private String latestToken(String recipient) {
        String body = jdbc.queryForObject("select " + StoredMail.TEXT_AS_SENT + " from mail_message where"
                + " recipient = ? and template = 'organisation-invitation' order by id desc limit 1", String.class,
                recipient);
        var link = JOIN_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}

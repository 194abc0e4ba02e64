package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.communitychest.base.Language;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditSearch;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SystemActor;
import org.communitychest.notifications.MailLog;
import org.communitychest.notifications.MailLogEntry;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.security.PasswordReset;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.communitychest.security.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A partnership is a tenant: the administrator of another partnership gets "not found" for Tower Hamlets
 * Together's records, and sees none of them in lists.
 */
class TenancyTest extends IntegrationTest {

    @Autowired
    UserAdministration users;
    @Autowired
    NeedCategories needCategories;
    @Autowired
    Areas areas;
    @Autowired
    MailLog mailLog;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Mailer mailer;
    @Autowired
    PasswordReset passwordReset;

    private Tenant other;

    @BeforeEach
    void otherPartnership() {
        other = newPartnershipWithAdmin();
    }

    private long thtUserId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    @Test
    void changingRolesOfAnotherPartnershipsUserIsNotFound() {
        long officer = thtUserId("officer@example.org");
        loginAs(other.adminEmail(), GOOD_PASSWORD);

        assertThatThrownBy(() -> users.changeRoles(officer, Set.of(Role.ADMIN)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(users.users(PageRequest.of(0, 50))).extracting(UserSummary::email).containsExactly(other.adminEmail());
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, officer))
                .containsExactly("OFFICER");
    }

    @Test
    void retiringAnotherPartnershipsNeedCategoryIsNotFound() {
        var thtCategory = needCategories.ofPartnership(thtId()).getFirst();
        loginAs(other.adminEmail(), GOOD_PASSWORD);

        assertThatThrownBy(() -> needCategories.setRetired(thtCategory.id(), true))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(needCategories.ofPartnership(thtId()).getFirst().retired()).isFalse();
        assertThat(needCategories.ofMyPartnership()).as("its own defaults").hasSize(16)
                .noneMatch(c -> c.id() == thtCategory.id());
    }

    @Test
    void anotherPartnershipsMailIsNotFound() {
        String recipient = uniqueEmail("tht-staff");
        long thtMail = as(thtId(), () -> mailer.queue(OutgoingMail.of("verification", recipient, Language.ENGLISH, thtId())
                .with("name", "THT Staff").with("link", "http://localhost/x")), "ADMIN");
        loginAs(other.adminEmail(), GOOD_PASSWORD);

        assertThatThrownBy(() -> mailLog.body(thtMail)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> mailLog.retry(thtMail)).isInstanceOf(RecordNotFoundException.class);
        assertThat(mailLog.search(recipient, PageRequest.of(0, 10))).isEmpty();
        assertThat(mailLog.search(null, PageRequest.of(0, 500))).extracting(MailLogEntry::id).doesNotContain(thtMail);
        assertThat(jdbc.queryForObject("select status from mail_message where id = ?", String.class, thtMail))
                .isEqualTo("NOT_SENT");
    }

    @Test
    void anotherPartnershipsAuditTrailIsHidden() {
        loginAs("admin@example.org", DEMO_PASSWORD);
        String email = uniqueEmail("audited");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Audie Ted", thtId(), Set.of(Role.PANELLIST), GOOD_PASSWORD));
        users.changeRoles(thtUserId(email), Set.of(Role.OFFICER));
        String subject = String.valueOf(thtUserId(email));
        assertThat(auditLog.search(new AuditSearch(null, "ROLES_CHANGED", null, null), PageRequest.of(0, 100)))
                .anyMatch(r -> subject.equals(r.subjectId()));

        loginAs(other.adminEmail(), GOOD_PASSWORD);
        assertThat(auditLog.search(new AuditSearch(null, "ROLES_CHANGED", null, null), PageRequest.of(0, 500)))
                .noneMatch(r -> subject.equals(r.subjectId()));
    }

    @Test
    void importingAreasTouchesOnlyTheAdministratorsPartnership() {
        var before = areas.ofPartnership(thtId());
        loginAs(other.adminEmail(), GOOD_PASSWORD);

        var result = areas.importCsv(new ByteArrayInputStream("""
                area_type,area_code,name,parent_code
                BOROUGH,E09000030,Somewhere Else,
                WARD,E05009317,Not Bethnal Green,E09000030
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.succeeded()).as(String.valueOf(result.problems())).isTrue();
        assertThat(result.added()).isEqualTo(2);
        assertThat(areas.ofMyPartnership()).extracting(AreaInfo::name)
                .containsExactlyInAnyOrder("Somewhere Else", "Not Bethnal Green");
        assertThat(areas.ofPartnership(thtId())).isEqualTo(before);
    }

    @Test
    void accountMailOfPeopleInNoPartnershipIsShownToNoAdministrator() {
        String applicant = uniqueEmail("applicant");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(applicant, "Ada Applicant", null, Set.of(Role.APPLICANT), GOOD_PASSWORD));
        passwordReset.requestReset(applicant, clientAddress);
        long mail = latestMailTo(applicant).id();

        for (String admin : new String[] {other.adminEmail(), "admin@example.org"}) {
            loginAs(admin, admin.equals("admin@example.org") ? DEMO_PASSWORD : GOOD_PASSWORD);
            assertThat(mailLog.search(applicant, PageRequest.of(0, 10))).as("seen by %s", admin).isEmpty();
            assertThatThrownBy(() -> mailLog.body(mail)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void aStaffMembersResetMailIsTheirPartnershipsAndItsLinkIsHidden() {
        String officer = uniqueEmail("officer");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(officer, "Ola Officer", other.id(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        passwordReset.requestReset(officer, clientAddress);
        String token = latestMailTo(officer).token();

        loginAs(other.adminEmail(), GOOD_PASSWORD);
        var entry = mailLog.search(officer, PageRequest.of(0, 10)).getFirst();
        var body = mailLog.body(entry.id());
        assertThat(body.text()).contains("reset-password?token=(hidden)").doesNotContain(token);

        loginAs("admin@example.org", DEMO_PASSWORD);
        assertThat(mailLog.search(officer, PageRequest.of(0, 10))).isEmpty();
    }
}
